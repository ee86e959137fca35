using System.Globalization;
using Portal.Domain.Cases;
using Portal.Domain.Staff;

namespace Portal.Domain.ContactPersons;

/// <summary>A possible contact person and how many open cases they are contact person on now.</summary>
public sealed record CandidateLoad(StaffMember Staff, int OpenCases);

public enum RankingCriterion
{
    Training,
    Capacity,
    Department,
    Language,
    Gender,
    /// <summary>A fixed contact person is normally a caseworker; a visitator may be chosen but ranks after them.</summary>
    Role,
}

/// <summary>One reason shown beside a candidate: met (counts for them) or not met.</summary>
public sealed record RankingReason(RankingCriterion Criterion, string Text, bool Met);

public sealed record RankedCandidate(
    StaffMember Staff,
    int Rank,
    int Score,
    int OpenCases,
    int FreeCapacity,
    bool IsFull,
    IReadOnlyList<RankingReason> Reasons)
{
    public int StaffId => Staff.Id;
}

/// <summary>
/// Ranks the staff who may become a case's fixed contact person and says why. Excluded entirely:
/// inactive staff, roles that cannot own a case, and anyone with a declared conflict of interest.
/// Staff at full capacity stay selectable (the visitator may know better) but always come last.
/// A fixed contact person is normally a caseworker (Kontaktperson or Rådgiver): visitators with capacity come after
/// every caseworker with capacity, whatever their score, and their reasons say why.
/// Ties: more free capacity first, then name, then id, so the order never depends on the input order.
/// </summary>
public static class ContactPersonRanking
{
    public const int TrainingPoints = 3;
    public const int GenderPoints = 3;
    public const int DepartmentPoints = 2;
    public const int LanguagePoints = 2;
    public const int CapacityPoints = 1;

    public static bool MayBeContactPerson(StaffMember staff) => staff.May(Capability.BeContactPerson);

    /// <summary>Candidates for a case: its wishes and conflicts, leaving out the current contact person.</summary>
    public static IReadOnlyList<RankedCandidate> Rank(Case @case, IEnumerable<CandidateLoad> candidates, DateOnly today) =>
        Rank(@case.ContactPersonWishes,
            candidates.Where(c => c.Staff.Id != @case.ContactPersonId),
            @case.Conflicts.Where(c => c.IsActive).Select(c => c.StaffMemberId),
            today);

    public static IReadOnlyList<RankedCandidate> Rank(ContactPersonWishes wishes, IEnumerable<CandidateLoad> candidates,
        IEnumerable<int> conflictedStaffIds, DateOnly today)
    {
        var conflicted = conflictedStaffIds.ToHashSet();
        wishes = wishes.Normalized();
        return candidates
            .Where(c => MayBeContactPerson(c.Staff) && !conflicted.Contains(c.Staff.Id))
            .Select(c => Score(wishes, c, today))
            .OrderBy(c => c.IsFull)
            .ThenBy(c => c.Staff.Role == Role.Visitator)
            .ThenByDescending(c => c.Score)
            .ThenByDescending(c => c.FreeCapacity)
            .ThenBy(c => c.Staff.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Staff.Id)
            .Select((c, index) => c with { Rank = index + 1 })
            .ToList();
    }

    private static RankedCandidate Score(ContactPersonWishes wishes, CandidateLoad load, DateOnly today)
    {
        var staff = load.Staff;
        var free = Math.Max(0, staff.CaseCapacity - load.OpenCases);
        var isFull = free == 0;
        RankingReason?[] reasons =
        [
            TrainingReason(staff, today),
            CapacityReason(staff, load.OpenCases),
            DepartmentReason(staff, wishes.Needs),
            LanguageReason(staff, wishes.Language),
            GenderReason(staff, wishes.PreferredGender),
            RoleReason(staff),
        ];
        var met = reasons.OfType<RankingReason>().ToList();
        var score = met.Where(r => r.Met).Sum(r => Points(r.Criterion));
        return new RankedCandidate(staff, 0, score, load.OpenCases, free, isFull, met);
    }

    private static int Points(RankingCriterion criterion) => criterion switch
    {
        RankingCriterion.Training => TrainingPoints,
        RankingCriterion.Gender => GenderPoints,
        RankingCriterion.Department => DepartmentPoints,
        RankingCriterion.Language => LanguagePoints,
        RankingCriterion.Capacity => CapacityPoints,
        _ => 0,
    };

    public static RankingReason TrainingReason(StaffMember staff, DateOnly today) => staff.StalkingTrainedOn switch
    {
        null => new(RankingCriterion.Training, "Ikke uddannet i stalking", false),
        { } on when on > today => new(RankingCriterion.Training, $"Stalkinguddannelse planlagt {Date(on)}", false),
        { } on => new(RankingCriterion.Training, $"Uddannet i stalking {Date(on)}", true),
    };

    public static RankingReason CapacityReason(StaffMember staff, int openCases)
    {
        var free = staff.CaseCapacity - openCases;
        return free > 0
            ? new(RankingCriterion.Capacity, $"Ledig kapacitet: {free} af {staff.CaseCapacity}", true)
            : new(RankingCriterion.Capacity, $"Fuld kapacitet: {openCases} af {staff.CaseCapacity} sager", false);
    }

    public static RankingReason? DepartmentReason(StaffMember staff, ServiceAreas needs)
    {
        if (needs == ServiceAreas.None) return null;
        var match = staff.Areas & needs;
        return match != ServiceAreas.None
            ? new(RankingCriterion.Department, $"Afdeling passer: {match.Danish()}", true)
            : new(RankingCriterion.Department, $"Afdelingen dækker ikke borgerens behov ({needs.Danish()})", false);
    }

    public static RankingReason? LanguageReason(StaffMember staff, string? language)
    {
        if (language is null) return null;
        return staff.Languages.Any(l => string.Equals(l.Trim(), language, StringComparison.OrdinalIgnoreCase))
            ? new(RankingCriterion.Language, $"Taler {language}", true)
            : new(RankingCriterion.Language, $"Taler ikke {language}", false);
    }

    public static RankingReason? GenderReason(StaffMember staff, Gender? wish) => wish switch
    {
        null => null,
        { } g when staff.Gender == g => new(RankingCriterion.Gender, $"Borgeren ønsker en {g.Danish()}", true),
        { } g when staff.Gender is null => new(RankingCriterion.Gender, $"Køn ikke oplyst – borgeren ønsker en {g.Danish()}", false),
        { } g => new(RankingCriterion.Gender, $"Borgeren ønsker en {g.Danish()} – ikke opfyldt", false),
    };

    public static RankingReason? RoleReason(StaffMember staff) => staff.Role == Role.Visitator
        ? new(RankingCriterion.Role, "Stalkingvisitator – foreslås efter sagsbehandlere med plads, da en fast kontaktperson normalt er en sagsbehandler", false)
        : null;

    private static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
