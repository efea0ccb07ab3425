using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Codebook.Players;

/// <summary>mpv's JSON IPC (<c>--input-ipc-server</c>): one JSON object a line each way. A command carries a
/// <c>request_id</c> and its reply the same one; events mpv sends in between are skipped.</summary>
internal sealed class MpvConnection : IDisposable
{
    /// <summary>How long a reply may take: mpv answers at once, so longer means it is stuck or gone.</summary>
    private static readonly TimeSpan ReplyTime = TimeSpan.FromSeconds(2);

    private readonly Socket _socket;
    private readonly StreamReader _reader;
    private readonly Stream _stream;
    private int _lastRequest;

    private MpvConnection(Socket socket)
    {
        _socket = socket;
        _socket.ReceiveTimeout = (int)ReplyTime.TotalMilliseconds;
        _socket.SendTimeout = (int)ReplyTime.TotalMilliseconds;
        _stream = new NetworkStream(socket, ownsSocket: false);
        _reader = new StreamReader(_stream, new UTF8Encoding(false));
    }

    /// <summary>Connects to the socket once mpv has made it; null if it is not there within <paramref name="wait"/>, or
    /// when <paramref name="gone"/> says mpv exited first.</summary>
    public static MpvConnection? Connect(string path, TimeSpan wait, Func<bool> gone)
    {
        var until = DateTime.UtcNow + wait;
        while (true)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Connect(new UnixDomainSocketEndPoint(path));
                return new MpvConnection(socket);
            }
            catch (SocketException)
            {
                socket.Dispose();
                if (gone() || DateTime.UtcNow > until) return null;
                Thread.Sleep(50);
            }
        }
    }

    public bool Alive { get; private set; } = true;

    /// <summary>Sends a command and returns its reply's <c>data</c> (null when it has none, or mpv said no).</summary>
    /// <exception cref="IOException">mpv is gone or does not answer.</exception>
    /// <remarks>Built as JSON nodes, not serialized from objects: a Native AOT build cannot reflect over them.</remarks>
    public JsonNode? Send(params JsonNode?[] command)
    {
        int id = ++_lastRequest;
        var line = new JsonObject { ["command"] = new JsonArray(command), ["request_id"] = id }.ToJsonString() + "\n";
        try
        {
            _stream.Write(Encoding.UTF8.GetBytes(line));
            _stream.Flush();
            while (_reader.ReadLine() is { } reply)
            {
                if (JsonNode.Parse(reply) is not JsonObject message || message["request_id"]?.GetValue<int>() != id) continue;
                return message["error"]?.GetValue<string>() == "success" ? message["data"] : null;
            }
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or JsonException)
        {
            Alive = false;
            throw new IOException("mpv does not answer on its IPC socket", e);
        }
        Alive = false;
        throw new IOException("mpv closed its IPC socket");
    }

    public void Dispose()
    {
        Alive = false;
        _reader.Dispose();
        _stream.Dispose();
        _socket.Dispose();
    }
}
