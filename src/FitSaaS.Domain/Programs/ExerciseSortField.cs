namespace FitSaaS.Programs;

/// <summary>The orders an exercise search can return; ties are broken by name, then id.</summary>
public enum ExerciseSortField
{
    /// <summary>By name, case-insensitively.</summary>
    Name,

    /// <summary>By category, then name.</summary>
    Category,
}
