using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace FitSaaS.Testing;

/// <summary>
/// An smtp4dev server (etc/scripts/smtp4dev.sh) seen by a test: where to send mail (SMTP endpoint, TLS mode, its
/// self-signed certificate, the user it requires) and its HTTP API, through which the test reads the real messages it
/// received (raw source parsed with MimeKit). The suite's shared server comes from <c>FitSaaS_Test__Smtp4dev</c>, the
/// script's connection line <c>smtp=127.0.0.1:&lt;port&gt;;api=http://127.0.0.1:&lt;port&gt;;tls=StartTls;certificate=…</c>.
/// </summary>
public sealed class Smtp4devServer : IDisposable
{
    /// <summary>The environment variable holding the shared server's connection line.</summary>
    public const string EnvironmentVariable = "FitSaaS_Test__Smtp4dev";

    /// <summary>Why tests needing smtp4dev skip when it is not configured.</summary>
    public const string SkipReason = "E-mail tests over SMTP need smtp4dev: set FitSaaS_Test__Smtp4dev (etc/scripts/test.sh starts it with etc/scripts/smtp4dev.sh).";

    private readonly HttpClient _api;

    private Smtp4devServer(string host, int port, Uri api, string tlsMode, string? certificate, string? userName, string? password)
    {
        Host = host;
        Port = port;
        Api = api;
        TlsMode = tlsMode;
        Certificate = certificate;
        UserName = userName;
        Password = password;
        _api = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The connection line of the shared server, or null when tests must skip.</summary>
    public static string? SharedConnection => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>SMTP host (127.0.0.1).</summary>
    public string Host { get; }

    /// <summary>SMTP port.</summary>
    public int Port { get; }

    /// <summary>Base address of the web UI and API.</summary>
    public Uri Api { get; }

    /// <summary><c>None</c>, <c>StartTls</c> (offered, not required) or <c>ImplicitTls</c>.</summary>
    public string TlsMode { get; }

    /// <summary>Path of the server's self-signed TLS certificate (DER), or null without TLS.</summary>
    public string? Certificate { get; }

    /// <summary>The user SMTP clients must authenticate as, or null when authentication is not required.</summary>
    public string? UserName { get; }

    /// <summary>That user's password.</summary>
    public string? Password { get; }

    /// <summary>Parses a connection line printed by <c>etc/scripts/smtp4dev.sh start</c>.</summary>
    public static Smtp4devServer Parse(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var parts = connection.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.OrdinalIgnoreCase);
        var smtp = parts["smtp"];
        var colon = smtp.LastIndexOf(':');
        return new Smtp4devServer(
            smtp[..colon],
            int.Parse(smtp[(colon + 1)..], CultureInfo.InvariantCulture),
            new Uri(parts["api"].TrimEnd('/') + "/"),
            parts.GetValueOrDefault("tls") ?? "None",
            parts.GetValueOrDefault("certificate"),
            parts.GetValueOrDefault("user"),
            parts.GetValueOrDefault("password"));
    }

    /// <summary>The messages received for <paramref name="to"/> (To or Bcc), oldest first.</summary>
    public async Task<IReadOnlyList<Smtp4devMessage>> GetMessagesAsync(string to)
    {
        var page = await _api.GetFromJsonAsync<JsonElement>(
            new Uri($"api/messages?pageSize=1000&sortColumn=receivedDate&sortIsDescending=false&searchTerms={Uri.EscapeDataString(to)}", UriKind.Relative));
        var messages = new List<Smtp4devMessage>();
        foreach (var summary in page.GetProperty("results").EnumerateArray())
        {
            var recipients = summary.GetProperty("to").EnumerateArray().Select(r => r.GetString())
                .Append(summary.TryGetProperty("deliveredTo", out var delivered) ? delivered.GetString() : null);
            if (!recipients.Any(r => r is not null && r.Contains(to, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var id = summary.GetProperty("id").GetString()!;
            var details = await _api.GetFromJsonAsync<JsonElement>(new Uri($"api/messages/{id}", UriKind.Relative));
            await using var raw = await _api.GetStreamAsync(new Uri($"api/messages/{id}/raw", UriKind.Relative));
            var message = await MimeMessage.LoadAsync(raw);
            messages.Add(new Smtp4devMessage(id, message, details.GetProperty("secureConnection").GetBoolean()));
        }

        return messages;
    }

    /// <summary>
    /// Waits until a message to <paramref name="to"/> whose text body contains <paramref name="containing"/> arrived;
    /// returns the newest such message.
    /// </summary>
    /// <exception cref="TimeoutException">None arrived within <paramref name="timeout"/> (default <see cref="TestMailbox.DefaultTimeout"/>).</exception>
    public async Task<Smtp4devMessage> WaitForMessageAsync(string to, string containing, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TestMailbox.DefaultTimeout);
        while (true)
        {
            if ((await GetMessagesAsync(to)).LastOrDefault(m => m.Text.Contains(containing, StringComparison.Ordinal)) is { } message)
            {
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No e-mail to {to} containing '{containing}' reached smtp4dev at {Api}.");
            }

            await Task.Delay(250);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _api.Dispose();
}
