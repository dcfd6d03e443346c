namespace FitSaaS.Forms;

/// <summary>
/// Local event: a legal document was created, its title, scope or gates changed, or a version was published — the tenant's
/// cached gates (<see cref="LegalGateCacheItem"/>) must go.
/// </summary>
public sealed record LegalDocumentsChangedEvent;
