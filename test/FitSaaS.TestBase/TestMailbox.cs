using System.Text.RegularExpressions;
using MimeKit;

namespace FitSaaS.Testing;

/// <summary>
/// Reads the e-mails the application wrote to its pickup directory (<c>.eml</c> files, parsed with MimeKit), waiting for
/// them: mail is delivered by a background job, so it arrives shortly after the request that sent it.
/// </summary>
public static partial class TestMailbox
{
    /// <summary>How long the waits give a background job to deliver a message. 60 seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The messages in <paramref name="directory"/> addressed to <paramref name="to"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> ReadPickupDirectory(string directory, string to)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory, "*.eml")
            .Select(file => (File: file, Time: File.GetLastWriteTimeUtc(file)))
            .OrderBy(f => f.Time)
            .Select(f => MimeMessage.Load(f.File))
            .Where(m => IsAddressedTo(m, to))
            .ToList();
    }

    /// <summary>
    /// Waits until <paramref name="directory"/> holds a message to <paramref name="to"/> whose text body contains
    /// <paramref name="containing"/>; returns the newest such message's text body.
    /// </summary>
    /// <exception cref="TimeoutException">None arrived within <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>).</exception>
    public static async Task<string> WaitForPickupAsync(string directory, string to, string containing, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (ReadPickupDirectory(directory, to).Select(TextOf).LastOrDefault(body => body.Contains(containing, StringComparison.Ordinal)) is { } body)
            {
                return body;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No e-mail to {to} containing '{containing}' arrived in {directory}.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>True when <paramref name="message"/> is addressed (To) to <paramref name="address"/>.</summary>
    public static bool IsAddressedTo(MimeMessage message, string address)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The decoded plain-text body of <paramref name="message"/>.</summary>
    public static string TextOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.TextBody ?? throw new InvalidOperationException($"E-mail {message.MessageId} has no text/plain body.");
    }

    /// <summary>The value of a query parameter in the first link of <paramref name="body"/>.</summary>
    public static string LinkParameter(string body, string name)
    {
        var link = LinkPattern().Match(body).Value;
        var query = link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var value = query.Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == name)[1];
        return Uri.UnescapeDataString(value);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
