using EGov.Analysis;

namespace EGov.Tests.Analysis;

public class InequalityTests
{
    [Fact]
    public void Equal_values_have_no_inequality()
    {
        Assert.Equal(0, Inequality.Gini([0.5, 0.5, 0.5]), 12);
        Assert.Equal(0, Inequality.TheilT([0.5, 0.5, 0.5]), 12);
    }

    [Fact]
    public void One_holds_everything()
    {
        // Hand-worked: [0,0,0,1]: sum |xi - xj| = 6, 2 n² mean = 8 -> Gini 0.75; Theil T = (1/4) 4 ln 4 = ln 4.
        Assert.Equal(0.75, Inequality.Gini([0, 0, 0, 1]), 12);
        Assert.Equal(Math.Log(4), Inequality.TheilT([0, 0, 0, 1]), 12);
    }

    [Fact]
    public void Gini_and_theil_of_one_two_three()
    {
        // Hand-worked: [1,2,3]: sum |xi - xj| over ordered pairs = 8, 2 n² mean = 36 -> 2/9.
        Assert.Equal(2.0 / 9, Inequality.Gini([3, 1, 2]), 12);
        // Theil T: mean 2 -> (1/3)(0.5 ln 0.5 + 0 + 1.5 ln 1.5).
        Assert.Equal((0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5)) / 3, Inequality.TheilT([1, 2, 3]), 12);
    }

    [Fact]
    public void Negative_values_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Inequality.Gini([-1, 1]));
        Assert.Throws<ArgumentException>(() => Inequality.TheilT([]));
    }

    [Fact]
    public void Theil_between_and_within_sum_to_the_total()
    {
        (string, double)[] values = [("a", 1), ("a", 2), ("b", 3), ("b", 6), ("c", 0.5)];
        var d = Inequality.DecomposeTheil(values);
        Assert.Equal(Inequality.TheilT([1, 2, 3, 6, 0.5]), d.Total, 12);
        Assert.Equal(d.Total, d.Between + d.Within, 12);
        Assert.Equal(1, d.Groups.Sum(g => g.Share), 12);
        Assert.True(d.Between > 0 && d.Within > 0);
    }

    [Fact]
    public void Theil_of_equal_groups_is_all_within_and_of_constant_groups_all_between()
    {
        // Hand-worked: groups with the same mean -> between 0; groups each constant -> within 0.
        var sameMeans = Inequality.DecomposeTheil([("a", 1), ("a", 3), ("b", 1), ("b", 3)]);
        Assert.Equal(0, sameMeans.Between, 12);
        Assert.Equal(sameMeans.Total, sameMeans.Within, 12);
        var constant = Inequality.DecomposeTheil([("a", 1), ("a", 1), ("b", 3), ("b", 3)]);
        Assert.Equal(0, constant.Within, 12);
        // Hand-worked: mean 2, shares 0.25 and 0.75 -> 0.25 ln 0.5 + 0.75 ln 1.5.
        Assert.Equal(0.25 * Math.Log(0.5) + 0.75 * Math.Log(1.5), constant.Between, 12);
    }
}
