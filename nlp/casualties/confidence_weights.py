"""Weights of the confidence model (``nlp.casualties.calibration``), written by
``scripts/calibrate_confidence.py``: do not edit by hand, re-run the script.

Fitted on the figures the extractor produced on each blind batch the first time it was scored
(batch/language at commit):

    blind11/ar at 85c2b7f
    blind11/en at f3d545e
    blind12/ar at 32ff0aa
    blind12/en at 32ff0aa
    blind13/ar at bb7a447
    blind13/en at 7878361
    blind14/ar at 64631a0
    blind14/en at 64631a0
    blind15/ar at d40caef
    blind15/en at 3f08ee7
    blind16/ar at 1db0965
    blind16/en at 1db0965
    blind17/ar at 143537c
    blind17/en at 143537c
    blind18/ar at a039ea3
    blind18/en at ef230f4
    blind19/ar at 4baf891
    blind19/en at d51f238
    blind20/ar at f0bb833
    blind20/en at f0bb833
    blind21/ar at e665abc
    blind21/en at e665abc
    blind22/ar at d830457
    blind22/en at d830457
    blind23/ar at 29f176d
    blind23/en at 29f176d
    blind24/ar at acd1e85
    blind24/en at acd1e85
    blind25/ar at 2d83be6
    blind25/en at 2d83be6
    blind26/ar at 407bcfd
    blind26/en at 407bcfd
    blind27/ar at b82ed01
    blind27/en at b82ed01
    blind28/ar at 311f1f1
    blind28/en at 311f1f1
    blind29/ar at 7b1ec4b
    blind29/en at 7b1ec4b
    blind30/ar at dd0c5d0
    blind30/en at dd0c5d0

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.927, keeps 1.000 of the right
      >= 0.50: P 0.934, keeps 0.997 of the right
      >= 0.80: P 0.950, keeps 0.953 of the right
      >= 0.85: P 0.958, keeps 0.914 of the right
      >= 0.90: P 0.964, keeps 0.830 of the right
      >= 0.93: P 0.969, keeps 0.721 of the right
      >= 0.95: P 0.974, keeps 0.604 of the right
      confidence 0.00-0.80: 257 figures, mean confidence 0.665, right 0.619
      confidence 0.80-0.90: 475 figures, mean confidence 0.859, right 0.869
      confidence 0.90-0.95: 816 figures, mean confidence 0.929, right 0.938
      confidence 0.95-1.00: 2091 figures, mean confidence 0.975, right 0.974
    en:
      >= 0.00: P 0.920, keeps 1.000 of the right
      >= 0.50: P 0.935, keeps 0.996 of the right
      >= 0.80: P 0.948, keeps 0.933 of the right
      >= 0.85: P 0.953, keeps 0.900 of the right
      >= 0.90: P 0.961, keeps 0.843 of the right
      >= 0.93: P 0.965, keeps 0.748 of the right
      >= 0.95: P 0.972, keeps 0.635 of the right
      confidence 0.00-0.80: 372 figures, mean confidence 0.628, right 0.651
      confidence 0.80-0.90: 387 figures, mean confidence 0.857, right 0.842
      confidence 0.90-0.95: 806 figures, mean confidence 0.929, right 0.929
      confidence 0.95-1.00: 2358 figures, mean confidence 0.975, right 0.972
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.4849,
        'abducted': -2.4089,
        'derived': 0.1478,
        'kind=detained': -1.3499,
        'kind=displaced': 0.8101,
        'kind=injured': 0.6859,
        'kind=killed': -0.0965,
        'kind=missing': -0.091,
        'no_victims': -0.7837,
        'part': 0.7244,
        'qualifier=about': -0.5073,
        'qualifier=at_least': 0.7139,
        'qualifier=exact': 0.0021,
        'qualifier=more_than': 0.0239,
        'qualifier=up_to': -0.2739,
        'revision': 1.1636,
        'rule=abducted_then_killed': 0.2333,
        'rule=among_the_kind': 0.0253,
        'rule=another_coordinated': 0.4528,
        'rule=became_kind': -0.1326,
        'rule=case_count': 0.4802,
        'rule=case_count_of_toll': 0.0515,
        'rule=case_part_of_toll': 0.1811,
        'rule=condition_of_injured': 0.3823,
        'rule=construct_toll': 0.0207,
        'rule=coordinated': 0.2204,
        'rule=coordinated_before_verb': 0.182,
        'rule=count_before_far_verb': -0.1692,
        'rule=crossed_border': 0.0343,
        'rule=cue_before': 0.2047,
        'rule=cue_in_clause': 0.6053,
        'rule=death_in_detention': 0.0434,
        'rule=derived_total': 0.1478,
        'rule=displaced_as_victims': 0.0108,
        'rule=dual_after_cue': 0.4545,
        'rule=dual_coordinated': -0.2173,
        'rule=dual_in_group': 0.0123,
        'rule=fate_of_the_n': 0.0163,
        'rule=fate_unknown': 0.4182,
        'rule=forced_to_flee': 0.0466,
        'rule=gapped_line': -0.9616,
        'rule=in_group': 0.4395,
        'rule=in_ranks_of': 0.367,
        'rule=kin_after_cue': -0.4782,
        'rule=kin_coordinated': -0.3509,
        'rule=kin_list_after_cue': -0.7595,
        'rule=kin_list_before_verb': 0.0731,
        'rule=kin_with_number': -1.2323,
        'rule=kind_adjective': -0.1964,
        'rule=kind_dual': 0.0394,
        'rule=kind_noun': -0.7673,
        'rule=list_line': -0.1533,
        'rule=list_line_victim': 0.0396,
        'rule=made_to_flee': 0.0763,
        'rule=named_after_cue': 0.1773,
        'rule=nationality_in_group': -0.3098,
        'rule=nationality_one': 0.2126,
        'rule=nationality_two': 0.0802,
        'rule=noun_and_two': 0.0401,
        'rule=noun_and_two_coordinated': -0.2354,
        'rule=noun_before_verb': -1.2542,
        'rule=object_after_subject': -0.6392,
        'rule=one_of_them': -0.1695,
        'rule=ordinal_after_cue': -0.0431,
        'rule=partitive_of_kind': -0.1521,
        'rule=person_and_kin': -0.2233,
        'rule=pronoun_cue': 0.2922,
        'rule=pushed_to_flee': 0.0343,
        'rule=singular_after_cue': 0.8399,
        'rule=singular_coordinated': -0.6632,
        'rule=singular_in_group': -0.1953,
        'rule=still_under': -0.0798,
        'rule=subset_of_figure': 0.2363,
        'rule=table_cell': 1.2042,
        'rule=toll_includes': 0.0877,
        'rule=toll_linking_verb': 0.5965,
        'rule=toll_noun_later': 0.2159,
        'rule=verb_after_noun': 0.0627,
        'rule=were_among_the_kind': 0.0039,
        'scope=cumulative': 0.2019,
        'scope=event': -0.2432,
        'single=detained': 0.3915,
        'single=injured': -1.1554,
        'single=killed': 0.1046,
        'single=missing': -0.5382,
        'size=1': -1.1975,
        'size=10-99': 0.4879,
        'size=100-999': 0.0183,
        'size=1000+': 0.5243,
        'size=2-9': 0.1257,
    },
    'en': {
        '_bias': 2.3667,
        'abducted': -3.2331,
        'derived': -0.8064,
        'kind=detained': -1.4432,
        'kind=displaced': 0.4414,
        'kind=injured': 0.7626,
        'kind=killed': 0.4569,
        'kind=missing': -0.2695,
        'no_victims': -0.2532,
        'part': 0.8412,
        'qualifier=about': -0.5904,
        'qualifier=at_least': 0.3783,
        'qualifier=exact': -0.1727,
        'qualifier=more_than': 0.1999,
        'qualifier=up_to': 0.1329,
        'revision': 0.8205,
        'rule=abducted_then_killed': 0.0181,
        'rule=among_the_dead': -0.4251,
        'rule=and_of_items': 0.0202,
        'rule=bodies_found': 0.3206,
        'rule=bodies_of_people': 0.1245,
        'rule=bodies_of_them': 0.0169,
        'rule=bodies_received': -0.0774,
        'rule=breakdown_of_last_total': -1.8331,
        'rule=brought_to_number_of': 0.0208,
        'rule=casualty_noun': -0.4162,
        'rule=coordination': 0.2751,
        'rule=coordination_backward': -0.2869,
        'rule=derived_sum': -0.8064,
        'rule=died_of_wounds': 0.0686,
        'rule=driven_from_homes': 0.1051,
        'rule=fate_unknown': 0.5644,
        'rule=inline_list': 0.4653,
        'rule=kind_label': 0.0223,
        'rule=kind_modifier': -0.5952,
        'rule=list_under_header': 0.2396,
        'rule=lost_kin': 0.0202,
        'rule=of_the_counted': 0.0111,
        'rule=partitive_of_kind': 0.2606,
        'rule=predicate': 0.2235,
        'rule=punctuated_breakdown': 0.5494,
        'rule=refugees_moved': 0.0138,
        'rule=single_victim': 0.3477,
        'rule=still_held': -0.5775,
        'rule=subset_of_total': 0.1368,
        'rule=toll_apposition': 0.0168,
        'rule=toll_clause': 0.2455,
        'rule=toll_opens_sentence': 0.0108,
        'rule=trigger_before': 0.8539,
        'rule=with_wounds': 0.0141,
        'scope=cumulative': 0.2885,
        'scope=event': -0.3404,
        'single=detained': 0.6454,
        'single=displaced': -0.8455,
        'single=injured': -0.7115,
        'single=killed': -0.0461,
        'single=missing': -0.3887,
        'size=1': -1.3463,
        'size=10-99': 0.5571,
        'size=100-999': 0.0896,
        'size=1000+': 0.4776,
        'size=2-9': 0.1702,
    },
}
