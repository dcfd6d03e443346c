namespace FitSaaS.Forms;

/// <summary>
/// Stable error codes of the Forms module (<c>Forms:Reason</c>), returned as the problem details' <c>code</c>; their HTTP
/// statuses are mapped in <see cref="FormsDomainSharedModule"/>.
/// </summary>
public static class FormsErrorCodes
{
    // The forms engine.

    /// <summary>The form version is unknown, not a published version of this gym, or of another form than the one given.</summary>
    public const string UnknownFormVersion = "Forms:UnknownFormVersion";

    /// <summary>The form referenced is unknown to this gym.</summary>
    public const string UnknownForm = "Forms:UnknownForm";

    /// <summary>The form has never been published, so it cannot be issued.</summary>
    public const string FormNotPublished = "Forms:FormNotPublished";

    /// <summary>Publishing a form whose draft has no field.</summary>
    public const string FormHasNoFields = "Forms:FormHasNoFields";

    /// <summary>Publishing a draft unchanged since the latest version.</summary>
    public const string NothingToPublish = "Forms:NothingToPublish";

    /// <summary>Approving or rejecting a submission already reviewed.</summary>
    public const string SubmissionAlreadyReviewed = "Forms:SubmissionAlreadyReviewed";

    /// <summary>The member is not a user of this gym.</summary>
    public const string MemberNotFound = "Forms:MemberNotFound";

    // Legal documents, signatures, consents, guardians and gates.

    // Data subject requests, member import and export.
}
