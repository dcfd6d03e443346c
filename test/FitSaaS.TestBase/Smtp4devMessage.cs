using MimeKit;

namespace FitSaaS.Testing;

/// <summary>A message smtp4dev received.</summary>
/// <param name="Id">smtp4dev's id of the message.</param>
/// <param name="Message">The raw message as received, parsed with MimeKit.</param>
/// <param name="SecureConnection">True when it arrived over TLS (STARTTLS or implicit TLS).</param>
public sealed record Smtp4devMessage(string Id, MimeMessage Message, bool SecureConnection)
{
    /// <summary>The decoded plain-text body.</summary>
    public string Text => TestMailbox.TextOf(Message);
}
