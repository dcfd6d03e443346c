namespace FitSaaS.Forms;

/// <summary>
/// What a member is about to do, for <see cref="LegalRequirementChecker"/>: the gated operation (<see cref="LegalDocumentGates.None"/>
/// = any document that applies, whatever it gates) and the class type, plan and location involved (null when none).
/// </summary>
/// <param name="Gate">One operation (a single flag), or none.</param>
/// <param name="ClassTypeId">The session's class type.</param>
/// <param name="PlanId">The plan bought.</param>
/// <param name="LocationId">The session's location.</param>
public sealed record LegalTarget(LegalDocumentGates Gate, Guid? ClassTypeId = null, Guid? PlanId = null, Guid? LocationId = null);
