using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// Legal signatures (<c>/api/forms/legal-signatures</c>): sign the exact current version of a document with a typed name or a drawn
/// signature (the client's IP address and user agent are kept as evidence), list them, and ask what is still to sign. Signatures
/// are never deleted. Members sign for themselves (adults) and for their dependants; staff with <c>Signatures.ManageForMembers</c>
/// see everyone's and enter signatures at the desk. Needs the tenant's <c>Forms.Enabled</c> feature.
/// </summary>
public interface ILegalSignatureAppService : IApplicationService
{
    /// <summary>Signs a version.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The document is missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Forms:LegalVersionNotFound</c>, <c>Forms:LegalVersionNotEffective</c>, <c>Forms:LegalTextHashMismatch</c>, <c>Forms:InvalidSignature</c>,
    /// <c>Forms:MinorNeedsGuardian</c>, <c>Forms:NotGuardian</c>, <c>Forms:MemberNotFound</c>.
    /// </exception>
    Task<LegalSignatureDto> CreateAsync(SignLegalDocumentDto input);

    /// <summary>One signature.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's, or another member's.</exception>
    Task<LegalSignatureDto> GetAsync(Guid id);

    /// <summary>Signatures, newest first.</summary>
    Task<PagedResultDto<LegalSignatureDto>> GetListAsync(GetLegalSignatureListInput input);

    /// <summary>What the member must sign (for an operation): <c>GET /api/forms/legal-signatures/required</c>.</summary>
    Task<IReadOnlyList<LegalDocumentToSignDto>> GetRequiredAsync(GetRequiredLegalDocumentsInput input);
}
