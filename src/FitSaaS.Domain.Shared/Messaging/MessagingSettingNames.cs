namespace FitSaaS.Messaging;

/// <summary>Names of the Messaging settings.</summary>
public static class MessagingSettingNames
{
    // Templates.

    /// <summary>
    /// The languages the gym offers for notifications (tenant or global; default <c>en</c>): lower-case BCP 47 tags separated by
    /// commas (e.g. <c>en,es,pt-br</c>); the first is the gym's default language. A member's preferred language must be one
    /// of them. Values are read tolerantly (<see cref="NotificationLanguages.Parse"/>): tags are trimmed and lower-cased,
    /// malformed or repeated tags are ignored, and nothing usable means <c>en</c>.
    /// </summary>
    public const string Languages = "Messaging.Languages";
}
