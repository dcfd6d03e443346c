namespace FitSaaS.Framework.Emailing;

/// <summary>An e-mail to send: one recipient, a subject and a plain-text body.</summary>
/// <param name="To">Recipient address (<c>name@example.com</c>, or <c>"Name" &lt;name@example.com&gt;</c>).</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Body">Plain-text body (sent as UTF-8 <c>text/plain</c>). May carry one-time tokens: never log it.</param>
public sealed record EmailMessage(string To, string Subject, string Body);
