using Codebook.Cli;

return CodebookCommandLine.Run(args, CliContext.ForConsole());
