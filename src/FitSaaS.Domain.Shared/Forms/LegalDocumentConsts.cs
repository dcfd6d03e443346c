namespace FitSaaS.Forms;

/// <summary>Limits of legal documents, their versions and signatures.</summary>
public static class LegalDocumentConsts
{
    /// <summary>Maximum length of a document's title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Maximum length of a version's text (markdown), in characters.</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>Length of a SHA-256 hash in lower-case hexadecimal.</summary>
    public const int HashLength = 64;

    /// <summary>Most class types, plans or locations one document may name in its scope (each list).</summary>
    public const int MaxScopeIds = 100;

    /// <summary>
    /// Most members one <see cref="LegalDocumentToSignEto"/> names: a new version that everybody must re-sign is announced in
    /// events of this many members each (one announcement batch), so no event or handler grows with the gym.
    /// </summary>
    public const int MaxMembersPerToSignEvent = 500;

    /// <summary>Most legal documents per tenant (the gates read them all).</summary>
    public const int MaxDocumentsPerTenant = 100;

    /// <summary>Maximum length of a typed name.</summary>
    public const int MaxTypedNameLength = 200;

    /// <summary>Maximum length of a drawn signature (an SVG path or a PNG/SVG data URL): 256 KB of characters.</summary>
    public const int MaxDrawnSignatureLength = 256 * 1024;

    /// <summary>Maximum length of a client IP address (IPv6 with zone).</summary>
    public const int MaxIpAddressLength = 64;

    /// <summary>Maximum length of a user agent kept (longer ones are cut).</summary>
    public const int MaxUserAgentLength = 512;

    /// <summary>Maximum length of a consent's note.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>Longest enum name stored.</summary>
    public const int MaxEnumLength = 32;
}
