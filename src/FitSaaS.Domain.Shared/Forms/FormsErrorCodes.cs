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

    /// <summary>The data subject request is not in a status that allows the operation (e.g. processing a completed or rejected one); data: <c>status</c>, <c>operation</c>.</summary>
    public const string DataRequestInvalidStatus = "Forms:DataRequestInvalidStatus";

    /// <summary>The member of a data subject request is not a user of this gym; data: <c>memberId</c>.</summary>
    public const string DataRequestMemberNotFound = "Forms:DataRequestMemberNotFound";

    /// <summary>The export archive does not exist (the request is not a completed export, or the member's data was erased since); data: <c>id</c>.</summary>
    public const string DataRequestArchiveNotAvailable = "Forms:DataRequestArchiveNotAvailable";

    /// <summary>An open request of the same kind for the member exists already; data: <c>existingId</c>.</summary>
    public const string DataRequestDuplicate = "Forms:DataRequestDuplicate";
}
