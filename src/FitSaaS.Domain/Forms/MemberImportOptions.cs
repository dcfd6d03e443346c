using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Limits of the member CSV import (configuration section <c>Forms:MemberImport</c>).</summary>
public sealed class MemberImportOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Forms:MemberImport";

    /// <summary>Largest CSV accepted, in bytes; default 10 MiB (about 100,000 typical member rows).</summary>
    [Range(1, 1L << 30)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most data rows accepted in one import; default 20,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 20_000;
}
