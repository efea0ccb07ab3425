// One line to standard output, as a command's result is: the runtime's start, the console's set-up, and exit.
Console.WriteLine("hello");
