namespace FitSaaS.Forms;

/// <summary>The outcome of a member import or of its dry run.</summary>
public sealed class MemberImportResultDto
{
    /// <summary>True when nothing was written.</summary>
    public bool DryRun { get; init; }

    /// <summary>The file's data rows.</summary>
    public int TotalRows { get; init; }

    /// <summary>Rows that create (or created) a member account.</summary>
    public int Created { get; init; }

    /// <summary>Rows that change an existing member (matched by e-mail).</summary>
    public int Updated { get; init; }

    /// <summary>Rows that match an existing member exactly (a re-run).</summary>
    public int Unchanged { get; init; }

    /// <summary>Rows with errors (not imported).</summary>
    public int Invalid { get; init; }

    /// <summary>Every invalid row with its errors, in file order.</summary>
    public required IReadOnlyList<MemberImportRowDto> InvalidRows { get; init; }
}
