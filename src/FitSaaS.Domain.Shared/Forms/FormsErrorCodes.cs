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

    /// <summary>The member must sign legal documents first; data <c>documents</c> lists each (document id, title, kind, version id, number, text hash).</summary>
    public const string DocumentsToSign = "Forms:DocumentsToSign";

    /// <summary>The version is not a version of that document; data <c>versionId</c>.</summary>
    public const string LegalVersionNotFound = "Forms:LegalVersionNotFound";

    /// <summary>The version is not effective yet (or is not the document's current one to sign); data <c>versionId</c>, <c>effectiveFrom</c>.</summary>
    public const string LegalVersionNotEffective = "Forms:LegalVersionNotEffective";

    /// <summary>The text hash the client showed is not the version's; data <c>versionId</c>, <c>textHash</c> (the version's).</summary>
    public const string LegalTextHashMismatch = "Forms:LegalTextHashMismatch";

    /// <summary>An effective date before the previous version's or in the past.</summary>
    public const string InvalidEffectiveDate = "Forms:InvalidEffectiveDate";

    /// <summary>A scope that is neither all members nor names any class type, plan or location, or names too many.</summary>
    public const string InvalidDocumentScope = "Forms:InvalidDocumentScope";

    /// <summary>The tenant has <see cref="LegalDocumentConsts.MaxDocumentsPerTenant"/> legal documents already.</summary>
    public const string TooManyLegalDocuments = "Forms:TooManyLegalDocuments";

    /// <summary>Neither a typed name nor a drawn signature, or a drawn signature that is not an SVG path or a PNG/SVG data URL.</summary>
    public const string InvalidSignature = "Forms:InvalidSignature";

    /// <summary>The member is a minor: a guardian must sign for them; data <c>memberId</c>, <c>ageOfMajority</c>.</summary>
    public const string MinorNeedsGuardian = "Forms:MinorNeedsGuardian";

    /// <summary>The signer is not a guardian of the member; data <c>memberId</c>, <c>guardianId</c>.</summary>
    public const string NotGuardian = "Forms:NotGuardian";

    /// <summary>The guardian is not an adult member of the gym (no date of birth, or younger than the age of majority); data <c>guardianId</c>.</summary>
    public const string GuardianNotAdult = "Forms:GuardianNotAdult";

    /// <summary>A member cannot be their own guardian, nor the guardian of their guardian.</summary>
    public const string InvalidGuardianLink = "Forms:InvalidGuardianLink";

    /// <summary>The guardian is already linked to the dependant.</summary>
    public const string GuardianLinkExists = "Forms:GuardianLinkExists";

    /// <summary>A date of birth in the future or more than 130 years back.</summary>
    public const string InvalidDateOfBirth = "Forms:InvalidDateOfBirth";

    /// <summary>A consent withdrawn that is not granted; data <c>purpose</c>.</summary>
    public const string ConsentNotGranted = "Forms:ConsentNotGranted";

    // Data subject requests, member import and export.

    /// <summary>The data subject request is not in a status that allows the operation (e.g. processing a completed or rejected one); data: <c>status</c>, <c>operation</c>.</summary>
    public const string DataRequestInvalidStatus = "Forms:DataRequestInvalidStatus";

    /// <summary>The member of a data subject request is not a user of this gym; data: <c>memberId</c>.</summary>
    public const string DataRequestMemberNotFound = "Forms:DataRequestMemberNotFound";

    /// <summary>The export archive does not exist (the request is not a completed export, or the member's data was erased since); data: <c>id</c>.</summary>
    public const string DataRequestArchiveNotAvailable = "Forms:DataRequestArchiveNotAvailable";

    /// <summary>An open request of the same kind for the member exists already; data: <c>existingId</c>.</summary>
    public const string DataRequestDuplicate = "Forms:DataRequestDuplicate";

    /// <summary>The member CSV is larger than the import's limit; data: <c>maxBytes</c>.</summary>
    public const string ImportTooLarge = "Forms:ImportTooLarge";

    /// <summary>The member CSV has more data rows than the import's limit; data: <c>maxRows</c>.</summary>
    public const string ImportTooManyRows = "Forms:ImportTooManyRows";

    /// <summary>The import's body is not CSV (<c>text/csv</c>, or a file in <c>multipart/form-data</c>); data: <c>contentType</c>.</summary>
    public const string ImportUnsupportedContentType = "Forms:ImportUnsupportedContentType";

    /// <summary>
    /// The member CSV's header row is missing, lacks a required column, names an unknown column or repeats one; data:
    /// <c>missing</c>, <c>unknown</c>, <c>duplicate</c> (column names), <c>expected</c> (the columns the import reads).
    /// </summary>
    public const string ImportHeaderInvalid = "Forms:ImportHeaderInvalid";

    /// <summary>The member CSV is not valid CSV (RFC 4180: e.g. a quote left open, a stray quote in an unquoted field, not UTF-8); data: <c>row</c> (1-based line of the record), <c>reason</c>.</summary>
    public const string ImportCsvMalformed = "Forms:ImportCsvMalformed";

    /// <summary>The member CSV has no data rows.</summary>
    public const string ImportEmpty = "Forms:ImportEmpty";

    /// <summary>
    /// The import was refused because rows are invalid (nothing imported; run a dry run to see every row, or import with
    /// <c>skipInvalidRows</c>); data: <c>invalidRows</c> (count), <c>rows</c> (the first 100: <c>row</c>, <c>email</c>, <c>errors</c>).
    /// </summary>
    public const string ImportHasInvalidRows = "Forms:ImportHasInvalidRows";

    /// <summary>No export of that name; data: <c>dataset</c>, <c>available</c>.</summary>
    public const string ExportDatasetNotFound = "Forms:ExportDatasetNotFound";
}
