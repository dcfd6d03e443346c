namespace FitSaaS.Programs;

/// <summary>Size limits of exercises, shared by the DTO validation and the database columns.</summary>
public static class ExerciseConsts
{
    /// <summary>Maximum length of an exercise name (the longest imported name has 58 characters).</summary>
    public const int MaxNameLength = 128;

    /// <summary>Maximum length of the imported dataset's id (<c>SourceId</c>).</summary>
    public const int MaxSourceIdLength = 128;

    /// <summary>Maximum number of instruction steps (the library's longest exercise has 24).</summary>
    public const int MaxInstructionCount = 50;

    /// <summary>Maximum length of one instruction step (the library's longest step has 744 characters).</summary>
    public const int MaxInstructionLength = 2000;

    /// <summary>Maximum number of muscles in one list (there are seventeen muscles).</summary>
    public const int MaxMuscleCount = 17;

    /// <summary>Maximum length of the free-text search filter.</summary>
    public const int MaxFilterLength = 128;

    /// <summary>Maximum length of a stored enum value (category, level, force, mechanic, equipment).</summary>
    public const int MaxEnumLength = 32;
}
