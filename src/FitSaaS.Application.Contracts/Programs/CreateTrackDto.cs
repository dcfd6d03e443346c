namespace FitSaaS.Programs;

/// <summary>Input of <see cref="ITrackAppService.CreateAsync"/>.</summary>
public sealed class CreateTrackDto : TrackCreateOrUpdateDtoBase;
