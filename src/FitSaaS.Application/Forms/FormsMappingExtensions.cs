namespace FitSaaS.Forms;

/// <summary>Maps the forms engine's domain objects to DTOs and back.</summary>
internal static class FormsMappingExtensions
{
    public static FormField ToField(this FormFieldDto dto) => new()
    {
        Key = dto.Key ?? string.Empty,
        Label = dto.Label ?? string.Empty,
        HelpText = dto.HelpText,
        Type = dto.Type,
        Required = dto.Required,
        Options = dto.Options ?? [],
        MaxLength = dto.MaxLength,
        Min = dto.Min,
        Max = dto.Max,
        Decimals = dto.Decimals,
        MinDate = dto.MinDate,
        MaxDate = dto.MaxDate,
        MinSelected = dto.MinSelected,
        MaxSelected = dto.MaxSelected,
    };

    public static FormFieldDto ToDto(this FormField field) => new()
    {
        Key = field.Key,
        Label = field.Label,
        HelpText = field.HelpText,
        Type = field.Type,
        Required = field.Required,
        Options = field.Options,
        MaxLength = field.MaxLength,
        Min = field.Min,
        Max = field.Max,
        Decimals = field.Decimals,
        MinDate = field.MinDate,
        MaxDate = field.MaxDate,
        MinSelected = field.MinSelected,
        MaxSelected = field.MaxSelected,
    };

    public static FormAnswer ToAnswer(this FormAnswerDto dto) => new()
    {
        Key = dto.Key ?? string.Empty,
        Text = dto.Text,
        Number = dto.Number,
        Date = dto.Date,
        Choices = dto.Choices,
        Flag = dto.Flag,
    };

    public static FormAnswerDto ToDto(this FormAnswer answer) => new()
    {
        Key = answer.Key,
        Text = answer.Text,
        Number = answer.Number,
        Date = answer.Date,
        Choices = answer.Choices,
        Flag = answer.Flag,
    };

    public static FormDto ToDto(this Form form) => new()
    {
        Id = form.Id,
        Name = form.Name,
        Description = form.Description,
        Purpose = form.Purpose,
        Fields = form.Fields.Select(f => f.ToDto()).ToList(),
        IssueOnMembershipActivation = form.IssueOnMembershipActivation,
        LatestVersionNumber = form.LatestVersionNumber,
        LatestVersionId = form.LatestVersionId,
        HasUnpublishedChanges = form.HasUnpublishedChanges,
    };

    public static FormVersionDto ToDto(this FormVersion version) => new()
    {
        Id = version.Id,
        FormId = version.FormId,
        Number = version.Number,
        Name = version.Name,
        Description = version.Description,
        Purpose = version.Purpose,
        Fields = version.Fields.Select(f => f.ToDto()).ToList(),
        PublishedAt = version.PublishedAt,
    };

    public static FormSubmissionDto ToDto(this FormSubmission submission, string formName) => new()
    {
        Id = submission.Id,
        FormId = submission.FormId,
        FormName = formName,
        FormVersionId = submission.FormVersionId,
        VersionNumber = submission.VersionNumber,
        MemberId = submission.MemberId,
        SubmittedByUserId = submission.SubmittedByUserId,
        SubmittedAt = submission.SubmittedAt,
        Answers = submission.Answers.Select(a => a.ToDto()).ToList(),
        Status = submission.Status,
        ReviewedByUserId = submission.ReviewedByUserId,
        ReviewedAt = submission.ReviewedAt,
        ReviewNote = submission.ReviewNote,
    };

    public static IssuedFormDto ToDto(this IssuedForm issued, Form? form) => new()
    {
        Id = issued.Id,
        FormId = issued.FormId,
        FormName = form?.Name ?? string.Empty,
        Purpose = form?.Purpose ?? FormPurpose.General,
        FormVersionId = form?.LatestVersionId,
        MemberId = issued.MemberId,
        Source = issued.Source,
        IssuedByUserId = issued.IssuedByUserId,
        IssuedAt = issued.IssuedAt,
        DueDate = issued.DueDate,
        Status = issued.Status,
        SubmissionId = issued.SubmissionId,
        CompletedAt = issued.CompletedAt,
    };
}
