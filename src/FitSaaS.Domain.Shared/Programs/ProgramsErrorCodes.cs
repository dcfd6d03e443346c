namespace FitSaaS.Programs;

/// <summary>Stable error codes of the Programs module (<c>Programs:Reason</c>).</summary>
public static class ProgramsErrorCodes
{
    /// <summary>
    /// An exercise of the global library was to be changed or deleted, or a custom exercise was to be
    /// created outside a tenant: the global library is read-only and maintained by the import only.
    /// </summary>
    public const string GlobalExerciseReadOnly = "Programs:GlobalExerciseReadOnly";

    /// <summary>The tenant already has a custom exercise with this name, compared case-insensitively; data <c>name</c>.</summary>
    public const string DuplicateExerciseName = "Programs:DuplicateExerciseName";
}
