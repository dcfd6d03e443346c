using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>The day's workout of a Bookings class session (<c>/api/programs/class-sessions/{id}/workout</c>).</summary>
[HttpApiRoute("api/programs/class-sessions")]
public interface IClassSessionWorkoutAppService : IApplicationService
{
    /// <summary>
    /// The current publication, for the session's local date (in its location's zone), of the track of its location showing its
    /// class type (a track naming the class type before one for every class type; then by name). Members see it from its
    /// visible-from instant.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The session is missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:NoWorkoutForClassSession</c>.</exception>
    Task<ClassSessionWorkoutDto> GetWorkoutAsync(Guid id);
}
