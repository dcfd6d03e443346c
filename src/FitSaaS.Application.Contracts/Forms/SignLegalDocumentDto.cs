using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>
/// Input of <see cref="ILegalSignatureAppService.CreateAsync"/>: the exact version shown and its text hash, and a typed name and/or a
/// drawn signature. A member signs for themself (an adult) or, as a guardian, for a dependant (<see cref="MemberId"/>); staff at the
/// desk enter a member's signature (<see cref="MemberId"/>) or, for a minor, their guardian's (<see cref="GuardianId"/>).
/// </summary>
public sealed class SignLegalDocumentDto
{
    /// <summary>The document.</summary>
    [Required]
    public Guid? LegalDocumentId { get; init; }

    /// <summary>The version shown (the current one).</summary>
    [Required]
    public Guid? VersionId { get; init; }

    /// <summary>The SHA-256 (hex, 64 characters) of the text shown.</summary>
    [Required]
    [StringLength(LegalDocumentConsts.HashLength, MinimumLength = LegalDocumentConsts.HashLength)]
    public string TextHash { get; init; } = null!;

    /// <summary>The member the signature binds; default oneself.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Staff at the desk: the guardian who signs for the member (a minor); default the member signs.</summary>
    public Guid? GuardianId { get; init; }

    /// <summary>The signer's typed name (at most <see cref="LegalDocumentConsts.MaxTypedNameLength"/> characters).</summary>
    [StringLength(LegalDocumentConsts.MaxTypedNameLength)]
    public string? TypedName { get; init; }

    /// <summary>A drawn signature: an SVG path (<c>M…</c>) or a PNG/SVG data URL, at most 256 KB.</summary>
    [StringLength(LegalDocumentConsts.MaxDrawnSignatureLength)]
    public string? DrawnSignature { get; init; }
}
