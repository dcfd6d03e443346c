using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FitSaaS.Testing;

/// <summary>Reads the <c>.eml</c> files the application wrote to its pickup directory.</summary>
public static partial class TestMailbox
{
    /// <summary>Plain-text bodies of the messages sent to <paramref name="to"/>, oldest first.</summary>
    public static IReadOnlyList<string> Read(string directory, string to)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory, "*.eml")
            .Select(f => (File: f, Time: File.GetCreationTimeUtc(f)))
            .OrderBy(f => f.Time)
            .Select(f => File.ReadAllText(f.File))
            .Where(m => m.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase))
            .Select(Body)
            .ToList();
    }

    /// <summary>The value of a query parameter in the first link of <paramref name="body"/>.</summary>
    public static string LinkParameter(string body, string name)
    {
        var link = LinkPattern().Match(body).Value;
        var query = link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var value = query.Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == name)[1];
        return Uri.UnescapeDataString(value);
    }

    private static string Body(string message)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = message[..split];
        var body = message[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal).Trim()));
        }

        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            body = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
            var bytes = new List<byte>();
            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] == '=' && i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
                {
                    bytes.Add(byte.Parse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(body[i].ToString()));
                }
            }

            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        return body;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
