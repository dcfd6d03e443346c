namespace FitSaaS.Forms;

/// <summary>Local event: a legal signature binding <paramref name="MemberId"/> was created — the member's cached signed versions (<see cref="LegalSignedVersionsCacheItem"/>) must go.</summary>
/// <param name="MemberId">The member the signature binds.</param>
public sealed record LegalSignedEvent(Guid MemberId);
