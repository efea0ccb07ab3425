using System.CommandLine;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Cli;

/// <summary>The project a command works on, with who is working: the composition root of one command.</summary>
public sealed class OpenProject : IDisposable
{
    private OpenProject(IProjectStore store, Coder coder)
    {
        Store = store;
        Coder = coder;
    }

    public IProjectStore Store { get; }

    public Coder Coder { get; }

    public IClock Clock => SystemClock.Instance;

    public static OpenProject From(ParseResult parse, GlobalOptions globals)
    {
        var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
        return new OpenProject(ProjectFile.Open(path, SystemClock.Instance), Coder.Resolve(parse.GetValue(globals.Coder)));
    }

    public void Dispose() => Store.Dispose();
}
