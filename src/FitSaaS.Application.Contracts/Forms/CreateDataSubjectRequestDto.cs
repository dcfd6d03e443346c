using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>A new data subject request.</summary>
public sealed class CreateDataSubjectRequestDto
{
    /// <summary>The data subject (a user id of the gym); null = the caller.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Export or erasure (required).</summary>
    [Required]
    public DataSubjectRequestKind? Kind { get; init; }

    /// <summary>A note (how the request arrived, how the identity was checked); at most <see cref="DataSubjectRequestConsts.MaxNoteLength"/> characters.</summary>
    [StringLength(DataSubjectRequestConsts.MaxNoteLength)]
    public string? Note { get; init; }
}
