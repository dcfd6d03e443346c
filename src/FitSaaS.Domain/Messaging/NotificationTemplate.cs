namespace FitSaaS.Messaging;

/// <summary>A notification template: Liquid (Fluid) sources of the subject (the in-app title) and of the plain-text body.</summary>
/// <param name="Subject">The subject's Liquid source.</param>
/// <param name="Body">The body's Liquid source.</param>
public sealed record NotificationTemplate(string Subject, string Body);
