namespace Codebook.Core.Agreement;

/// <summary>Krippendorff's unitizing α (α_U) as given in <i>Content Analysis</i> (2nd ed., 2004, §11.6) and implemented
/// by DKPro Statistics' <c>KrippendorffAlphaUnitizingAgreement</c>. Per category c, each coder's continuum is a sequence
/// of units (marked with c) and gaps; every pair of coders compares each unit or gap of one with each of the other
/// that it overlaps: two units differ by (start difference)² + (end difference)², a unit lying wholly inside the
/// other's gap by its length², anything else by 0. D_o = 2·Σ / (m(m-1)L²). D_e places every unit anywhere it could
/// fall in the gaps (see <see cref="ExpectedDisagreement"/>). Over all categories, D_o and D_e are averaged first.
/// With several continua (transcripts), segments meet only within their own continuum and L is their total length.
/// A continuum that no coder marked with c adds nothing to D_o (two gaps differ by 0) and m gaps its own length to D_e,
/// counted from the gaps of all continua less those of the continua c occurs on.</summary>
public static class UnitizingAlpha
{
    public static Coefficient ForCategory(UnitizingStudy study, string category)
    {
        var sections = SectionsOf(study, category);
        return Coefficient.FromDisagreement(Observed(study, sections), Expected(study, category, sections), study.SegmentsOf(category).Count);
    }

    public static Coefficient Overall(UnitizingStudy study) =>
        Overall(study.Categories.ToDictionary(c => c, c => ForCategory(study, c), StringComparer.Ordinal));

    /// <summary>The overall figure from the categories' own (as <see cref="ForCategory"/> gives them), not computed
    /// again: their D_o and D_e averaged in category order, over the categories with units.</summary>
    public static Coefficient Overall(IReadOnlyDictionary<string, Coefficient> byCategory)
    {
        var counted = byCategory.Where(c => c.Value.Units > 0).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value).ToList();
        if (counted.Count == 0) return Coefficient.Undefined(0);
        return Coefficient.FromDisagreement(counted.Average(c => c.Observed!.Value), counted.Average(c => c.Expected!.Value), counted.Sum(c => c.Units));
    }

    public static double ObservedDisagreement(UnitizingStudy study, string category) => Observed(study, SectionsOf(study, category));

    /// <summary>D_e = 2/L · Σ_units [ (N_c - 1)(2l³ - 3l² + l)/3 + l²·Σ_{gaps g ≥ l} (g - l + 1) ]
    /// / (mL(mL - 1) - Σ_units l(l - 1)), with N_c the number of units of c over all coders.</summary>
    public static double ExpectedDisagreement(UnitizingStudy study, string category) => Expected(study, category, SectionsOf(study, category));

    private static double Observed(UnitizingStudy study, List<Section>[][] sections)
    {
        int m = study.Coders;
        double L = study.Length;
        double sum = 0;
        foreach (var byCoder in sections)
        {
            for (int a = 0; a < m; a++)
            {
                for (int b = a + 1; b < m; b++) sum += Between(byCoder[a], byCoder[b]);
            }
        }
        return 2 * sum / (m * (m - 1.0) * L * L);
    }

    private static double Expected(UnitizingStudy study, string category, List<Section>[][] sections)
    {
        int m = study.Coders;
        double L = study.Length;
        var units = study.SegmentsOf(category).Select(s => (double)s.Length).ToList();
        var touched = study.ContinuaOf(category);
        var marked = new Gaps(sections.SelectMany(byCoder => byCoder.SelectMany(x => x)).Where(s => !s.IsUnit).Select(s => s.Length));
        // Each continuum not marked with the category is m gaps its whole length: those of every continuum less those
        // of the touched ones, which counts the same places (whole numbers) without listing the gaps for each category.
        var touchedWhole = new Gaps(touched.Select(continuum => study.Continua[continuum]));
        long PlacesFor(long l) => marked.PlacesFor(l) + m * (study.WholeContinua.PlacesFor(l) - touchedWhole.PlacesFor(l));
        double n = units.Count;
        double sum = 0;
        foreach (var l in units)
        {
            sum += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3;
            sum += l * l * PlacesFor((long)l);
        }
        double denominator = m * L * (m * L - 1) - units.Sum(l => l * (l - 1));
        return denominator > 0 ? 2 / L * sum / denominator : 0;
    }

    private static double Between(List<Section> first, List<Section> second)
    {
        double sum = 0;
        int j = 0;
        foreach (var a in first)
        {
            while (j < second.Count && second[j].End <= a.Start) j++;
            for (int k = j; k < second.Count && second[k].Start < a.End; k++) sum += Distance(a, second[k]);
        }
        return sum;
    }

    private static double Distance(Section a, Section b)
    {
        if (a.IsUnit && b.IsUnit)
        {
            double begin = a.Start - b.Start, end = a.End - b.End;
            return begin * begin + end * end;
        }
        if (a.IsUnit && b.Start <= a.Start && a.End <= b.End) return (double)a.Length * a.Length;
        if (b.IsUnit && a.Start <= b.Start && b.End <= a.End) return (double)b.Length * b.Length;
        return 0;
    }

    /// <summary>Each coder's continuum cut into units of the category and the gaps between them, on each continuum the
    /// category occurs on (in order): cut once for D_o and D_e both.</summary>
    private static List<Section>[][] SectionsOf(UnitizingStudy study, string category) => study.ContinuaOf(category)
        .Select(continuum => Enumerable.Range(0, study.Coders).Select(coder => Sections(study, continuum, coder, category)).ToArray())
        .ToArray();

    private static List<Section> Sections(UnitizingStudy study, int continuum, int coder, string category)
    {
        var units = study.SegmentsOf(category, continuum, coder);
        var sections = new List<Section>(2 * units.Count + 1);
        long at = 0;
        foreach (var unit in units)
        {
            if (unit.Start > at) sections.Add(new Section(at, unit.Start, false));
            sections.Add(new Section(unit.Start, unit.End, true));
            at = unit.End;
        }
        if (study.Continua[continuum] > at) sections.Add(new Section(at, study.Continua[continuum], false));
        return sections;
    }

    private readonly record struct Section(long Start, long End, bool IsUnit)
    {
        public long Length => End - Start;
    }
}
