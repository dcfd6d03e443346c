namespace FitSaaS.Forms;

/// <summary>A member's consents: what is granted now, and the full history.</summary>
public sealed class MemberConsentsDto
{
    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>The purposes granted now.</summary>
    public required IReadOnlyList<ConsentPurpose> Granted { get; init; }

    /// <summary>Every recorded change, newest first.</summary>
    public required IReadOnlyList<ConsentDto> History { get; init; }
}
