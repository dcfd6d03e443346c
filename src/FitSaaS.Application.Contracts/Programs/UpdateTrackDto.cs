namespace FitSaaS.Programs;

/// <summary>Input of <see cref="ITrackAppService.UpdateAsync"/> (every field is replaced; published days keep their visible-from).</summary>
public sealed class UpdateTrackDto : TrackCreateOrUpdateDtoBase;
