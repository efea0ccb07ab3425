using System.Text;

namespace Codebook.Fuzz;

/// <summary>Makes bad input from good: a real file with a few mutations (bit flips, truncation, insertion, chunks
/// duplicated or cut, random Unicode, a huge line, a splice of two files, syntax tokens), or now and then pure noise.</summary>
public static class Mutator
{
    /// <summary>The largest input made; enough for a huge line, small enough to keep a run fast.</summary>
    private const int MaxLength = 4 * 1024 * 1024;

    /// <summary>Pieces of the syntaxes read: each is likelier than a random byte to reach a parser's corners.</summary>
    private static readonly string[] Tokens =
    [
        "\n", "\r\n", "\r", "---\n", ":", ": ", " : ", "**", "[", "]", "{", "}", "{{", "}}", "{#", "(", ")", "\"", "'", "\\", "#", "## ",
        "- ", "  - ", "— ", "WEBVTT\n\n", "NOTE\n", "-->", " --> ", "00:00:01.000", "00:00:01,000", "99:99:99.999", "<v ", "<v.x ", ">",
        "</v>", "<", "/>", "&", "&amp;", "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "<?xml ",
        "=\"", "guid=\"", "startPosition=\"", "endPosition=\"", "-1", "2147483648", "9223372036854775807", "99999999999999999999",
        "0", "NaN", "internal://", "../", "\u0000", "\uFEFF", "\u00A0", "\u202E", "e\u0301", "😀", "\uFFFD", "AND ", "OR ", "NOT ",
        "*", "?", "~", "~2", "^", "^3", "/", "/[a-", "+", "&&", "||", "!", "theme:", "case.", "field:", "\"phrase", "TO ", "[a TO",
        "id: ", "case:\n  ", "attributes:\n  ", "interviewer: ", "speakers: [", "language: ", "- theme: ", "quote: ", "codings:\n",
        "transcript: ", "Definition: ", "Include:", "Exclude:", "Examples:", "Status: ", "label-fr: ", "search-es: ", "key=", "color=#",
        "&x;", "!!binary ", "&anchor ", "*anchor", "? ", "|\n", ">-\n", "%YAML 1.2\n", "{pseudonym}", "{role}", "{", "{lines}", "{time}",
    ];

    /// <summary>What a huge line is made of: letters, a byte that is not UTF-8 alone, syntax, a space.</summary>
    private static readonly byte[] Fillers = "a{:<[*- "u8.ToArray().Append((byte)0xE9).ToArray();

    /// <summary>The input numbered <paramref name="index"/> of a run with <paramref name="seed"/>: the same numbers
    /// give the same input, so any finding can be made again.</summary>
    public static byte[] Make(IReadOnlyList<byte[]> seeds, int seed, long index)
    {
        var random = new Random(unchecked((int)(seed * 1_000_003L + index * 7_919L)));
        return Make(seeds, random);
    }

    public static byte[] Make(IReadOnlyList<byte[]> seeds, Random random)
    {
        if (random.Next(20) == 0) return Noise(random);
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var mutations = 1 + random.Next(random.Next(2) == 0 ? 3 : 12);
        for (int i = 0; i < mutations && data.Count < MaxLength; i++) Mutate(data, seeds, random);
        return data.Count > MaxLength ? data.GetRange(0, MaxLength).ToArray() : data.ToArray();
    }

    private static byte[] Noise(Random random)
    {
        var bytes = new byte[random.Next(random.Next(2) == 0 ? 64 : 8192)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static void Mutate(List<byte> data, IReadOnlyList<byte[]> seeds, Random random)
    {
        int at = random.Next(data.Count + 1);
        switch (random.Next(10))
        {
            case 0: // bit flips
                for (int n = random.Next(1, 9); n > 0 && data.Count > 0; n--)
                {
                    int i = random.Next(data.Count);
                    data[i] ^= (byte)(1 << random.Next(8));
                }
                break;
            case 1: // truncation
                data.RemoveRange(at, data.Count - at);
                break;
            case 2: // random bytes inserted
                var bytes = new byte[random.Next(1, 64)];
                random.NextBytes(bytes);
                data.InsertRange(at, bytes);
                break;
            case 3: // a chunk duplicated, possibly many times (deep nesting, repeated labels)
                if (data.Count == 0) break;
                var (start, length) = Chunk(data.Count, random);
                var chunk = data.GetRange(start, length);
                for (int n = random.Next(3) == 0 ? random.Next(2, 200) : 1; n > 0; n--) data.InsertRange(at, chunk);
                break;
            case 4: // a chunk cut out
                if (data.Count == 0) break;
                var (from, count) = Chunk(data.Count, random);
                data.RemoveRange(from, count);
                break;
            case 5: // random Unicode: any code point, lone surrogates, combining marks
                data.InsertRange(at, Encoding.UTF8.GetBytes(RandomUnicode(random)));
                break;
            case 6: // a huge line
                data.InsertRange(at, Enumerable.Repeat(Fillers[random.Next(Fillers.Length)], random.Next(10) == 0 ? random.Next(100_000, 1_000_000) : random.Next(1_000, 100_000)));
                break;
            case 7: // spliced with another file
                var other = seeds[random.Next(seeds.Count)];
                int split = random.Next(other.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(split).ToArray());
                break;
            default: // syntax tokens
                for (int n = random.Next(1, 6); n > 0; n--)
                    data.InsertRange(random.Next(data.Count + 1), Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                break;
        }
    }

    private static (int Start, int Length) Chunk(int count, Random random)
    {
        int start = random.Next(count);
        return (start, random.Next(1, Math.Min(count - start, 4096) + 1));
    }

    private static string RandomUnicode(Random random)
    {
        var text = new StringBuilder();
        for (int n = random.Next(1, 32); n > 0; n--)
        {
            int point = random.Next(4) switch
            {
                0 => random.Next(0x20),
                1 => random.Next(0x300, 0x370),
                2 => random.Next(0x10000, 0x110000),
                _ => random.Next(0x80, 0xFFFF),
            };
            if (point is >= 0xD800 and <= 0xDFFF) text.Append((char)point);
            else text.Append(char.ConvertFromUtf32(point));
        }
        return text.ToString();
    }
}
