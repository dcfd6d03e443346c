namespace FitSaaS.Messaging;

/// <summary>A notification rendered for one recipient: the title (also the e-mail's subject) and the plain-text body.</summary>
/// <param name="Title">The rendered subject.</param>
/// <param name="Body">The rendered body.</param>
public sealed record RenderedNotification(string Title, string Body);
