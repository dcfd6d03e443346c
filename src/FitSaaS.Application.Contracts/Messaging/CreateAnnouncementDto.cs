namespace FitSaaS.Messaging;

/// <summary>Input of <see cref="IAnnouncementAppService.CreateAsync"/>: a new draft.</summary>
public sealed class CreateAnnouncementDto : AnnouncementCreateOrUpdateDtoBase;
