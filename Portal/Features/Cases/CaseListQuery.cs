using Portal.Domain.Cases;

namespace Portal.Features.Cases;

public sealed record CaseListFilter(
    CaseStatus? Status = null,
    CaseKind? Kind = null,
    EntryChannel? Channel = null,
    int? ContactPersonId = null,
    string? Text = null);

public enum CaseSort
{
    OpenedAt,
    CaseNumber,
    CitizenName,
    Status,
    Kind,
    ContactPerson,
}

public sealed record CaseListQuery(CaseListFilter Filter, CaseSort Sort = CaseSort.OpenedAt, bool Descending = true, int Page = 0, int PageSize = 25);

public sealed record CaseListRow(
    int Id,
    string CaseNumber,
    string CitizenName,
    CaseKind Kind,
    CaseStatus Status,
    EntryChannel EntryChannel,
    string? ContactPersonName,
    DateTimeOffset OpenedAt);

public sealed record CaseListResult(IReadOnlyList<CaseListRow> Rows, int Total);
