namespace FitSaaS.Messaging;

/// <summary>Input of <see cref="IAnnouncementAppService.UpdateAsync"/>: a draft's new content and audience.</summary>
public sealed class UpdateAnnouncementDto : AnnouncementCreateOrUpdateDtoBase;
