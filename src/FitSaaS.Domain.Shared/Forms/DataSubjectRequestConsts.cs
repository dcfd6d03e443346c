namespace FitSaaS.Forms;

/// <summary>Limits and constants of data subject requests.</summary>
public static class DataSubjectRequestConsts
{
    /// <summary>Days from receipt to the due date (GDPR Art. 12(3): one month).</summary>
    public const int DueDays = 30;

    /// <summary>Maximum length of a request's note and of a rejection's reason, in characters.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Maximum length of an enum stored as its name.</summary>
    public const int MaxEnumLength = 32;

    /// <summary>The export archive's media type (a zip of one JSON document per area).</summary>
    public const string ArchiveContentType = "application/zip";

    /// <summary>The name of the archive's manifest entry (request, member, areas, generation instant).</summary>
    public const string ManifestEntryName = "manifest.json";
}
