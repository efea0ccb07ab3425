using Codebook.Cli.Demo;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

[TestClass]
public sealed class DemoTests
{
    [TestMethod]
    public void DemoBuildsTheSampleStudyOnceThenReusesIt()
    {
        using var temp = new TempFolder();
        var previous = Environment.GetEnvironmentVariable(SampleStudy.DataVariable);
        Environment.SetEnvironmentVariable(SampleStudy.DataVariable, temp.PathOf("data"));
        try
        {
            var first = CliRun.Of("demo", "--json");
            Assert.AreEqual(0, first.ExitCode, first.ToString());
            var built = first.Json();
            Assert.IsTrue(built.GetProperty("created").GetBoolean());
            Assert.AreEqual(17, built.GetProperty("transcripts").GetInt32());
            Assert.AreEqual(11, built.GetProperty("languages").GetProperty("fr").GetInt32());
            Assert.AreEqual(6, built.GetProperty("languages").GetProperty("es").GetInt32());
            Assert.IsGreaterThanOrEqualTo(20, built.GetProperty("themes").GetInt32());
            Assert.IsGreaterThan(150, built.GetProperty("codings").GetProperty("ana").GetInt32());
            Assert.IsGreaterThan(40, built.GetProperty("codings").GetProperty("luis").GetInt32());
            var path = built.GetProperty("path").GetString()!;
            Assert.IsTrue(path.StartsWith(temp.PathOf("data")));
            var written = File.GetLastWriteTimeUtc(path);

            var second = CliRun.Of("demo", "--json").Json();

            Assert.IsFalse(second.GetProperty("created").GetBoolean());
            Assert.AreEqual(path, second.GetProperty("path").GetString());
            Assert.AreEqual(written, File.GetLastWriteTimeUtc(path));
            Assert.AreEqual(17, CliRun.Of("--project", path, "transcripts", "--json").Json().GetArrayLength());
            foreach (var doubleCoded in new[] { "fr01-nadia", "fr05-sophie", "fr08-youssef", "es12-lucia", "es14-carmen", "es16-rosa" })
            {
                var coders = CliRun.Of("--project", path, "codings", "--transcript", doubleCoded, "--json").Json().EnumerateArray()
                    .Select(c => c.GetProperty("coder").GetString()).Distinct().Order().ToArray();
                CollectionAssert.AreEqual(new[] { "ana", "luis" }, coders, doubleCoded);
            }
            // The framework view has something to show: the coders' summaries, each beside passages of its cell.
            var summaries = CliRun.Of("--project", path, "framework", "--json").Json().GetProperty("cells").EnumerateArray()
                .Where(c => c.TryGetProperty("summary", out _)).ToList();
            Assert.IsGreaterThanOrEqualTo(5, summaries.Count);
            CollectionAssert.AreEquivalent(new[] { "ana", "luis" }, summaries.Select(c => c.GetProperty("author").GetString()).Distinct().ToList());
            Assert.IsTrue(summaries.All(c => c.GetProperty("passages").GetInt32() > 0));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SampleStudy.DataVariable, previous);
        }
    }
}
