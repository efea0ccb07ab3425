using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Codebook.Testing;

/// <summary>A stand-in for mpv: a script named <c>mpv</c> that writes the arguments it was started with to a file and
/// then waits, and the IPC server mpv would be — a Unix socket this test process listens on, which records every JSON
/// command it gets and answers as mpv does (an event line first, which a client must skip, then the reply with the
/// request's id). It answers <c>time-pos</c> with <see cref="Position"/> and keeps <c>pause</c> as <c>cycle</c> and
/// <c>set_property</c> leave it.</summary>
public sealed class MpvStandIn : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-mpv-").FullName;
    private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly List<JsonArray> _commands = [];
    private readonly List<Socket> _clients = [];

    public MpvStandIn()
    {
        Program = Path.Combine(_folder, "mpv");
        File.WriteAllText(Program, $"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{ArgumentsFile}.part'\nmv '{ArgumentsFile}.part' '{ArgumentsFile}'\nexec sleep 60\n");
        MakeExecutable(Program);
        _listener.Bind(new UnixDomainSocketEndPoint(Socket));
        _listener.Listen();
        new Thread(Accept) { IsBackground = true }.Start();
    }

    /// <summary>A script the tests write, made runnable (the stand-ins are shell scripts: Unix only).</summary>
    public static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>The script to start as mpv.</summary>
    public string Program { get; }

    /// <summary>The IPC socket's path, to give the player.</summary>
    public string Socket => Path.Combine(_folder, "ipc.sock");

    private string ArgumentsFile => Path.Combine(_folder, "args");

    /// <summary>Where the stand-in says playback is.</summary>
    public double Position { get; set; }

    public bool Paused { get; private set; }

    /// <summary>The arguments the script was last started with, waiting a little for it to write them.</summary>
    public IReadOnlyList<string> Arguments()
    {
        for (int i = 0; i < 100 && !File.Exists(ArgumentsFile); i++) Thread.Sleep(50);
        return File.ReadAllLines(ArgumentsFile);
    }

    /// <summary>The commands received so far, each as compact JSON: <c>["seek",-5,"relative"]</c>.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands) return _commands.Select(c => c.ToJsonString()).ToList();
        }
    }

    private void Accept()
    {
        try
        {
            while (true)
            {
                var client = _listener.Accept();
                lock (_clients) _clients.Add(client);
                new Thread(() => Serve(client)) { IsBackground = true }.Start();
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Disposed.
        }
    }

    private void Serve(Socket client)
    {
        try
        {
            using var stream = new NetworkStream(client, ownsSocket: false);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                var request = JsonNode.Parse(line)!.AsObject();
                var command = request["command"]!.AsArray();
                lock (_commands) _commands.Add((JsonArray)command.DeepClone());
                var reply = new JsonObject { ["request_id"] = request["request_id"]!.GetValue<int>(), ["error"] = "success" };
                var name = command[0]!.GetValue<string>();
                if (name == "cycle" && command[1]!.GetValue<string>() == "pause") Paused = !Paused;
                if (name == "set_property" && command[1]!.GetValue<string>() == "pause") Paused = command[2]!.GetValue<bool>();
                if (name == "get_property") reply["data"] = command[1]!.GetValue<string>() switch
                {
                    "time-pos" => Position,
                    "pause" => Paused,
                    _ => null,
                };
                stream.Write(Encoding.UTF8.GetBytes("{\"event\":\"playback-restart\"}\n" + reply.ToJsonString() + "\n"));
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The player went away.
        }
    }

    public void Dispose()
    {
        _listener.Dispose();
        lock (_clients) _clients.ForEach(c => c.Dispose());
        Directory.Delete(_folder, recursive: true);
    }
}
