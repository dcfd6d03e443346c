namespace FitSaaS.Programs;

/// <summary>Size limits of workouts, tracks, program templates and assignments, shared by the DTO validation, the domain and the database columns.</summary>
public static class ProgrammingConsts
{
    /// <summary>Maximum length of a workout, track or template title/name.</summary>
    public const int MaxTitleLength = 128;

    /// <summary>Maximum length of a description.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>Maximum length of notes (section, movement, publication, assignment).</summary>
    public const int MaxNotesLength = 2000;

    /// <summary>Maximum length of a rep scheme such as <c>5-5-3-3-1</c> or <c>21-15-9</c>.</summary>
    public const int MaxRepSchemeLength = 64;

    /// <summary>Maximum number of sections of a workout.</summary>
    public const int MaxSectionCount = 12;

    /// <summary>Maximum number of movements of a section.</summary>
    public const int MaxMovementCount = 30;

    /// <summary>Maximum time cap: 24 hours, in seconds.</summary>
    public const int MaxTimeCapSeconds = 86_400;

    /// <summary>Maximum number of class types a track is shown in.</summary>
    public const int MaxClassTypeCount = 50;

    /// <summary>Maximum number of weeks of a program template.</summary>
    public const int MaxTemplateWeeks = 52;

    /// <summary>Maximum number of days a date-range query may span (inclusive).</summary>
    public const int MaxDateRangeDays = 92;

    /// <summary>Maximum number of days a publication's visible-from may lie before its date (the track's default offset included).</summary>
    public const int MaxPublishDaysBefore = 14;

    /// <summary>Maximum number of dates one assignment request creates.</summary>
    public const int MaxAssignmentDates = 92;
}
