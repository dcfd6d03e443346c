using System.Globalization;
using System.Text;

namespace FitSaaS.Framework.Caching.Redis;

/// <summary>The kind of a RESP (REdis Serialization Protocol, version 2) reply.</summary>
public enum RespType
{
    /// <summary><c>+OK</c>.</summary>
    SimpleString,

    /// <summary><c>-ERR …</c>: the server refused the command.</summary>
    Error,

    /// <summary><c>:42</c>.</summary>
    Number,

    /// <summary><c>$3 foo</c>: binary-safe bytes.</summary>
    BulkString,

    /// <summary><c>*2 …</c>: nested replies.</summary>
    Array,

    /// <summary><c>$-1</c> or <c>*-1</c> (RESP3 <c>_</c>): no value.</summary>
    Null,
}

/// <summary>One RESP reply.</summary>
public sealed class RespValue
{
    private RespValue(RespType type, string? text = null, long integer = 0, byte[]? bytes = null, IReadOnlyList<RespValue>? items = null)
    {
        Type = type;
        Text = text;
        Number = integer;
        Bytes = bytes;
        Items = items;
    }

    /// <summary>The null reply.</summary>
    public static RespValue Null { get; } = new(RespType.Null);

    /// <summary>The reply's kind.</summary>
    public RespType Type { get; }

    /// <summary>The text of a simple string or an error; null otherwise.</summary>
    public string? Text { get; }

    /// <summary>The value of an integer reply; 0 otherwise.</summary>
    public long Number { get; }

    /// <summary>The bytes of a bulk string; null otherwise.</summary>
    public byte[]? Bytes { get; }

    /// <summary>The elements of an array; null otherwise.</summary>
    public IReadOnlyList<RespValue>? Items { get; }

    /// <summary>True for <see cref="RespType.Null"/>.</summary>
    public bool IsNull => Type == RespType.Null;

    /// <summary>True for <see cref="RespType.Error"/>.</summary>
    public bool IsError => Type == RespType.Error;

    /// <summary>Creates a simple-string reply.</summary>
    public static RespValue Simple(string text) => new(RespType.SimpleString, text);

    /// <summary>Creates an error reply.</summary>
    public static RespValue Error(string text) => new(RespType.Error, text);

    /// <summary>Creates an integer reply.</summary>
    public static RespValue FromInteger(long value) => new(RespType.Number, integer: value);

    /// <summary>Creates a bulk-string reply.</summary>
    public static RespValue Bulk(byte[] bytes) => new(RespType.BulkString, bytes: bytes);

    /// <summary>Creates an array reply.</summary>
    public static RespValue Array(IReadOnlyList<RespValue> items) => new(RespType.Array, items: items);

    /// <summary>The bulk string as UTF-8 text, or the simple string; null otherwise.</summary>
    public string? AsString() => Bytes is not null ? Encoding.UTF8.GetString(Bytes) : Type == RespType.SimpleString ? Text : null;

    /// <inheritdoc/>
    public override string ToString() => Type switch
    {
        RespType.SimpleString => "+" + Text,
        RespType.Error => "-" + Text,
        RespType.Number => ":" + Number.ToString(CultureInfo.InvariantCulture),
        RespType.BulkString => "$" + Bytes!.Length.ToString(CultureInfo.InvariantCulture),
        RespType.Array => "*" + Items!.Count.ToString(CultureInfo.InvariantCulture),
        _ => "(nil)",
    };
}

/// <summary>The server sent bytes that are not RESP, or the connection ended in the middle of a reply.</summary>
public sealed class RedisProtocolException(string message) : Exception(message);

/// <summary>
/// Reads RESP replies from a stream through its own buffer (no per-byte stream reads). Not thread-safe: one reader per
/// connection, reading replies in the order the server sends them.
/// </summary>
public sealed class RespReader(Stream stream)
{
    /// <summary>Largest line (type byte + length or simple string) accepted, in bytes.</summary>
    public const int MaxLineLength = 8 * 1024;

    /// <summary>Largest bulk string accepted, in bytes (Redis's own proto-max-bulk-len default: 512 MiB).</summary>
    public const long MaxBulkLength = 512L * 1024 * 1024;

    private const int MaxDepth = 32;
    private readonly Stream _stream = stream ?? throw new ArgumentNullException(nameof(stream));
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>Reads the next complete reply.</summary>
    /// <exception cref="RedisProtocolException">Malformed input.</exception>
    /// <exception cref="EndOfStreamException">The stream ended (before or inside a reply).</exception>
    public ValueTask<RespValue> ReadAsync(CancellationToken cancellationToken = default) => ReadAsync(0, cancellationToken);

    private async ValueTask<RespValue> ReadAsync(int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            throw new RedisProtocolException($"RESP arrays nested deeper than {MaxDepth} levels.");
        }

        var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (line.Length == 0)
        {
            throw new RedisProtocolException("Empty RESP line.");
        }

        var rest = line[1..];
        switch (line[0])
        {
            case '+':
                return RespValue.Simple(rest);
            case '-':
                return RespValue.Error(rest);
            case ':':
                return RespValue.FromInteger(ParseLong(rest));
            case '_':
                return RespValue.Null;
            case '$':
            {
                var length = ParseLong(rest);
                if (length == -1)
                {
                    return RespValue.Null;
                }

                if (length < 0 || length > MaxBulkLength)
                {
                    throw new RedisProtocolException($"Invalid bulk string length {length}.");
                }

                var bytes = new byte[length];
                await ReadExactAsync(bytes, cancellationToken).ConfigureAwait(false);
                var crlf = new byte[2];
                await ReadExactAsync(crlf, cancellationToken).ConfigureAwait(false);
                if (crlf[0] != '\r' || crlf[1] != '\n')
                {
                    throw new RedisProtocolException("Bulk string not terminated by CRLF.");
                }

                return RespValue.Bulk(bytes);
            }

            case '*':
            {
                var count = ParseLong(rest);
                if (count == -1)
                {
                    return RespValue.Null;
                }

                if (count < 0 || count > int.MaxValue)
                {
                    throw new RedisProtocolException($"Invalid array length {count}.");
                }

                var items = new List<RespValue>((int)Math.Min(count, 1024));
                for (var i = 0; i < count; i++)
                {
                    items.Add(await ReadAsync(depth + 1, cancellationToken).ConfigureAwait(false));
                }

                return RespValue.Array(items);
            }

            default:
                throw new RedisProtocolException($"Unknown RESP type byte '{line[0]}'.");
        }
    }

    private static long ParseLong(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RedisProtocolException($"Invalid RESP integer '{text}'.");

    private async ValueTask<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanFrom = _start;
        while (true)
        {
            var index = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (index >= 0)
            {
                if (index == _start || _buffer[index - 1] != '\r')
                {
                    throw new RedisProtocolException("RESP line not terminated by CRLF.");
                }

                var line = Encoding.UTF8.GetString(_buffer, _start, index - 1 - _start);
                _start = index + 1;
                return line;
            }

            if (_end - _start >= MaxLineLength)
            {
                throw new RedisProtocolException($"RESP line longer than {MaxLineLength} bytes.");
            }

            scanFrom = _end - _start;
            await FillAsync(cancellationToken).ConfigureAwait(false);
            scanFrom += _start;
        }
    }

    private async ValueTask ReadExactAsync(byte[] target, CancellationToken cancellationToken)
    {
        var copied = 0;
        while (copied < target.Length)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var count = Math.Min(_end - _start, target.Length - copied);
            Buffer.BlockCopy(_buffer, _start, target, copied, count);
            _start += count;
            copied += count;
        }
    }

    /// <summary>Moves unread bytes to the front and reads more; throws at end of stream.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new EndOfStreamException("The Redis connection was closed by the server.");
        }

        _end += read;
    }
}

/// <summary>Encodes commands as RESP arrays of bulk strings.</summary>
public static class RespWriter
{
    /// <summary>
    /// Encodes one command. Arguments may be <see cref="string"/> (UTF-8), <see cref="byte"/>[] or <see cref="long"/>/<see cref="int"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An argument of another type.</exception>
    public static byte[] Encode(IReadOnlyList<object> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        using var output = new MemoryStream();
        WriteAscii(output, "*" + arguments.Count.ToString(CultureInfo.InvariantCulture) + "\r\n");
        foreach (var argument in arguments)
        {
            var bytes = argument switch
            {
                string s => Encoding.UTF8.GetBytes(s),
                byte[] b => b,
                long l => Encoding.ASCII.GetBytes(l.ToString(CultureInfo.InvariantCulture)),
                int i => Encoding.ASCII.GetBytes(i.ToString(CultureInfo.InvariantCulture)),
                _ => throw new ArgumentException($"Unsupported RESP argument type {argument?.GetType().Name ?? "null"}.", nameof(arguments)),
            };
            WriteAscii(output, "$" + bytes.Length.ToString(CultureInfo.InvariantCulture) + "\r\n");
            output.Write(bytes);
            WriteAscii(output, "\r\n");
        }

        return output.ToArray();
    }

    private static void WriteAscii(MemoryStream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
