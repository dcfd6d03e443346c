using System.Text;
using FitSaaS.Framework.Caching.Redis;

namespace FitSaaS.Domain.Tests.Framework.Caching;

public sealed class RespTests
{
    [Fact]
    public async Task Reader_ParsesEveryReplyType()
    {
        var reader = Reader("+OK\r\n-ERR wrong number of arguments\r\n:-42\r\n$5\r\nhe\r\nl\r\n$0\r\n\r\n$-1\r\n*-1\r\n_\r\n");

        (await reader.ReadAsync()).ShouldSatisfyAllConditions(v => v.Type.ShouldBe(RespType.SimpleString), v => v.Text.ShouldBe("OK"));
        (await reader.ReadAsync()).ShouldSatisfyAllConditions(v => v.IsError.ShouldBeTrue(), v => v.Text.ShouldBe("ERR wrong number of arguments"));
        (await reader.ReadAsync()).Number.ShouldBe(-42);
        (await reader.ReadAsync()).Bytes.ShouldBe("he\r\nl"u8.ToArray()); // binary-safe: CRLF inside a bulk string
        (await reader.ReadAsync()).Bytes.ShouldBeEmpty();
        (await reader.ReadAsync()).IsNull.ShouldBeTrue();
        (await reader.ReadAsync()).IsNull.ShouldBeTrue();
        (await reader.ReadAsync()).IsNull.ShouldBeTrue();
    }

    [Fact]
    public async Task Reader_ParsesNestedArrays_WithMixedElements()
    {
        var reader = Reader("*3\r\n:1\r\n*2\r\n$3\r\nfoo\r\n$-1\r\n+x\r\n");

        var value = await reader.ReadAsync();

        value.Type.ShouldBe(RespType.Array);
        value.Items!.Count.ShouldBe(3);
        value.Items[0].Number.ShouldBe(1);
        value.Items[1].Items![0].AsString().ShouldBe("foo");
        value.Items[1].Items![1].IsNull.ShouldBeTrue();
        value.Items[2].Text.ShouldBe("x");
    }

    [Fact]
    public async Task Reader_ReassemblesRepliesSplitAcrossReads_OneByteAtATime()
    {
        var big = new string('v', 40_000); // larger than the reader's buffer
        var reader = new RespReader(new TrickleStream(Encoding.ASCII.GetBytes($"$40000\r\n{big}\r\n:7\r\n+PONG\r\n")));

        (await reader.ReadAsync()).AsString().ShouldBe(big);
        (await reader.ReadAsync()).Number.ShouldBe(7);
        (await reader.ReadAsync()).Text.ShouldBe("PONG");
    }

    [Theory]
    [InlineData("?what\r\n")]
    [InlineData(":12a\r\n")]
    [InlineData("$3\r\nabcd\r\n")]
    [InlineData("+OK\n")]
    [InlineData("$-5\r\n")]
    public async Task Reader_RejectsMalformedInput(string input) =>
        await Should.ThrowAsync<RedisProtocolException>(async () => await Reader(input).ReadAsync());

    [Fact]
    public async Task Reader_AtEndOfStream_ThrowsEndOfStream_AlsoInsideAReply()
    {
        await Should.ThrowAsync<EndOfStreamException>(async () => await Reader("").ReadAsync());
        await Should.ThrowAsync<EndOfStreamException>(async () => await Reader("$10\r\nabc").ReadAsync());
    }

    [Fact]
    public void Writer_EncodesCommandsAsArraysOfBulkStrings()
    {
        var bytes = RespWriter.Encode(["SET", "k€", new byte[] { 0, 13, 10 }, "PX", 1500L]);

        bytes.ShouldBe([.. "*5\r\n$3\r\nSET\r\n$4\r\nk€\r\n$3\r\n"u8, 0, 13, 10, .. "\r\n$2\r\nPX\r\n$4\r\n1500\r\n"u8]);
        Should.Throw<ArgumentException>(() => RespWriter.Encode(["GET", 1.5]));
    }

    [Theory]
    [InlineData("localhost", "localhost", 6379, null, 0)]
    [InlineData("127.0.0.1:56379,password=p=w,defaultDatabase=3,connectTimeout=250,syncTimeout=750,abortConnect=false", "127.0.0.1", 56379, "p=w", 3)]
    public void Configuration_ParsesAbpFormat(string text, string host, int port, string? password, int database)
    {
        var configuration = RedisConfiguration.Parse(text);

        configuration.Host.ShouldBe(host);
        configuration.Port.ShouldBe(port);
        configuration.Password.ShouldBe(password);
        configuration.Database.ShouldBe(database);
        configuration.ToString().ShouldNotContain("p=w");
        if (text.Contains("connectTimeout", StringComparison.Ordinal))
        {
            configuration.ConnectTimeout.ShouldBe(TimeSpan.FromMilliseconds(250));
            configuration.CommandTimeout.ShouldBe(TimeSpan.FromMilliseconds(750));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("password=x")]
    [InlineData("a:1,b:2")]
    [InlineData("host:port")]
    [InlineData("host,ssl=true")]
    [InlineData("host,defaultDatabase=-1")]
    [InlineData("host,bogus=1")]
    public void Configuration_RejectsWhatTheClientCannotHonour(string text) =>
        Should.Throw<FormatException>(() => RedisConfiguration.Parse(text));

    private static RespReader Reader(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    /// <summary>Returns one byte per read, like a slow network.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
