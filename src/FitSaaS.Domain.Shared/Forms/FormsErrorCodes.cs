namespace FitSaaS.Forms;

/// <summary>
/// Stable error codes of the Forms module (<c>Forms:Reason</c>), returned as the problem details' <c>code</c>; their HTTP
/// statuses are mapped in <see cref="FormsDomainSharedModule"/>.
/// </summary>
public static class FormsErrorCodes
{
    // The forms engine.

    // Legal documents, signatures, consents, guardians and gates.

    // Data subject requests, member import and export.
}
