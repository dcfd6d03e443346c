using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Messaging;

/// <summary>The content and audience of an announcement (create and update).</summary>
public abstract class AnnouncementCreateOrUpdateDtoBase : IValidatableObject
{
    /// <summary>The title: plain text, 1 to <see cref="AnnouncementConsts.MaxTitleLength"/> characters (trimmed).</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(AnnouncementConsts.MaxTitleLength)]
    public string? Title { get; init; }

    /// <summary>The body: plain text, 1 to <see cref="AnnouncementConsts.MaxBodyLength"/> characters (trimmed).</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(AnnouncementConsts.MaxBodyLength)]
    public string? Body { get; init; }

    /// <summary>Who receives it.</summary>
    [Required]
    [EnumDataType(typeof(AnnouncementAudienceKind))]
    public AnnouncementAudienceKind? AudienceKind { get; init; }

    /// <summary>
    /// The location, class type or plan of the audience: required for <see cref="AnnouncementAudienceKind.Location"/>,
    /// <see cref="AnnouncementAudienceKind.ClassType"/> and <see cref="AnnouncementAudienceKind.Plan"/>, not allowed otherwise.
    /// </summary>
    public Guid? AudienceReferenceId { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Title) && Title is not null)
        {
            yield return new ValidationResult("The title is empty.", [nameof(Title)]);
        }

        if (string.IsNullOrWhiteSpace(Body) && Body is not null)
        {
            yield return new ValidationResult("The body is empty.", [nameof(Body)]);
        }

        if (AudienceKind is { } kind && Enum.IsDefined(kind))
        {
            var needs = kind is AnnouncementAudienceKind.Location or AnnouncementAudienceKind.ClassType or AnnouncementAudienceKind.Plan;
            if (needs && AudienceReferenceId is null)
            {
                yield return new ValidationResult("The audience's location, class type or plan id is required.", [nameof(AudienceReferenceId)]);
            }
            else if (!needs && AudienceReferenceId is not null)
            {
                yield return new ValidationResult("This audience takes no reference id.", [nameof(AudienceReferenceId)]);
            }
        }
    }
}
