namespace FitSaaS.Forms;

/// <summary>How to run a member import.</summary>
public sealed class MemberImportInput
{
    /// <summary>Check the file and report what would happen, writing nothing; default false.</summary>
    public bool DryRun { get; init; }

    /// <summary>Import the valid rows even when some rows are invalid (those are reported, not imported); default false (all or nothing).</summary>
    public bool SkipInvalidRows { get; init; }
}
