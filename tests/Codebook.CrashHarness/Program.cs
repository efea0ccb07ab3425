using Codebook.CrashHarness;

var arguments = HarnessArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(HarnessArguments.Usage);
    return 2;
}
var report = KillCampaign.Run(arguments.Kills, arguments.Seed, Console.Error, workers: arguments.Workers);
report.Write(Console.Out, arguments.Json);
return report.Passed && report.Kills >= arguments.Kills ? 0 : 1;
