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

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.924, keeps 1.000 of the right
      >= 0.50: P 0.931, keeps 0.997 of the right
      >= 0.80: P 0.950, keeps 0.949 of the right
      >= 0.85: P 0.954, keeps 0.918 of the right
      >= 0.90: P 0.963, keeps 0.827 of the right
      >= 0.93: P 0.967, keeps 0.711 of the right
      >= 0.95: P 0.972, keeps 0.566 of the right
      confidence 0.00-0.80: 219 figures, mean confidence 0.661, right 0.612
      confidence 0.80-0.90: 363 figures, mean confidence 0.865, right 0.873
      confidence 0.90-0.95: 723 figures, mean confidence 0.931, right 0.942
      confidence 0.95-1.00: 1521 figures, mean confidence 0.974, right 0.972
    en:
      >= 0.00: P 0.917, keeps 1.000 of the right
      >= 0.50: P 0.929, keeps 0.996 of the right
      >= 0.80: P 0.944, keeps 0.930 of the right
      >= 0.85: P 0.948, keeps 0.890 of the right
      >= 0.90: P 0.957, keeps 0.810 of the right
      >= 0.93: P 0.964, keeps 0.716 of the right
      >= 0.95: P 0.969, keeps 0.616 of the right
      confidence 0.00-0.80: 294 figures, mean confidence 0.636, right 0.670
      confidence 0.80-0.90: 391 figures, mean confidence 0.861, right 0.862
      confidence 0.90-0.95: 590 figures, mean confidence 0.930, right 0.922
      confidence 0.95-1.00: 1785 figures, mean confidence 0.974, right 0.969
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.4126,
        'abducted': -2.1108,
        'derived': 0.1562,
        'kind=detained': -1.4121,
        'kind=displaced': 0.7916,
        'kind=injured': 0.7172,
        'kind=killed': 0.0449,
        'kind=missing': -0.2046,
        'no_victims': -0.8787,
        'part': 0.8755,
        'qualifier=about': -0.3622,
        'qualifier=at_least': 0.6894,
        'qualifier=exact': -0.0806,
        'qualifier=more_than': 0.0261,
        'qualifier=up_to': -0.3358,
        'revision': 0.8632,
        'rule=abducted_then_killed': 0.2776,
        'rule=among_the_kind': 0.0318,
        'rule=another_coordinated': 0.5249,
        'rule=became_kind': -0.2077,
        'rule=case_count': 0.6365,
        'rule=case_count_of_toll': 0.0673,
        'rule=case_part_of_toll': 0.1504,
        'rule=condition_of_injured': 0.2674,
        'rule=construct_toll': 0.0343,
        'rule=coordinated': 0.7311,
        'rule=coordinated_before_verb': 0.1767,
        'rule=count_before_far_verb': -0.2106,
        'rule=crossed_border': 0.0476,
        'rule=cue_before': 0.1869,
        'rule=cue_in_clause': 0.7236,
        'rule=death_in_detention': 0.0476,
        'rule=derived_total': 0.1562,
        'rule=displaced_as_victims': 0.0119,
        'rule=dual_after_cue': 0.3935,
        'rule=dual_coordinated': -0.3272,
        'rule=dual_in_group': -0.2377,
        'rule=fate_unknown': 0.511,
        'rule=forced_to_flee': 0.0344,
        'rule=gapped_line': -1.1309,
        'rule=in_group': 0.1863,
        'rule=in_ranks_of': 0.3658,
        'rule=kin_after_cue': -0.0107,
        'rule=kin_coordinated': -0.466,
        'rule=kin_list_after_cue': -0.7929,
        'rule=kin_list_before_verb': 0.0205,
        'rule=kin_with_number': -1.4599,
        'rule=kind_adjective': -0.0411,
        'rule=kind_dual': 0.0262,
        'rule=kind_noun': -0.6789,
        'rule=list_line': -0.4767,
        'rule=list_line_victim': 0.0479,
        'rule=made_to_flee': 0.1084,
        'rule=named_after_cue': 0.0868,
        'rule=nationality_in_group': -0.3444,
        'rule=nationality_one': 0.1988,
        'rule=nationality_two': 0.0479,
        'rule=noun_and_two': 0.0517,
        'rule=noun_and_two_coordinated': 0.0318,
        'rule=noun_before_verb': -1.2099,
        'rule=object_after_subject': -0.7288,
        'rule=one_of_them': -0.2525,
        'rule=ordinal_after_cue': -0.1319,
        'rule=partitive_of_kind': -0.0108,
        'rule=person_and_kin': -0.2713,
        'rule=pronoun_cue': 0.3692,
        'rule=pushed_to_flee': 0.0322,
        'rule=singular_after_cue': 0.9725,
        'rule=singular_coordinated': -0.6976,
        'rule=singular_in_group': -0.0969,
        'rule=still_under': -0.1044,
        'rule=subset_of_figure': 0.1326,
        'rule=table_cell': 1.0501,
        'rule=toll_includes': 0.0641,
        'rule=toll_linking_verb': 0.7107,
        'rule=toll_noun_later': 0.274,
        'rule=verb_after_noun': 0.0374,
        'scope=cumulative': 0.2607,
        'scope=event': -0.3238,
        'single=detained': 0.2783,
        'single=injured': -1.0527,
        'single=killed': 0.1775,
        'single=missing': -0.5818,
        'size=1': -1.1787,
        'size=10-99': 0.5498,
        'size=100-999': -0.0001,
        'size=1000+': 0.3629,
        'size=2-9': 0.203,
    },
    'en': {
        '_bias': 2.3765,
        'abducted': -2.7534,
        'derived': -0.7328,
        'kind=detained': -1.6156,
        'kind=displaced': 0.6836,
        'kind=injured': 0.8145,
        'kind=killed': 0.3773,
        'kind=missing': -0.2716,
        'no_victims': -0.2748,
        'part': 0.9452,
        'qualifier=about': -0.4351,
        'qualifier=at_least': 0.3643,
        'qualifier=exact': -0.2607,
        'qualifier=more_than': 0.1632,
        'qualifier=up_to': 0.1564,
        'revision': 0.9714,
        'rule=abducted_then_killed': 0.0657,
        'rule=among_the_dead': -0.3331,
        'rule=bodies_found': 0.2252,
        'rule=bodies_of_people': 0.1494,
        'rule=bodies_of_them': 0.0254,
        'rule=bodies_received': -0.0929,
        'rule=breakdown_of_last_total': -1.7948,
        'rule=brought_to_number_of': 0.0083,
        'rule=casualty_noun': -0.5068,
        'rule=coordination': 0.3124,
        'rule=coordination_backward': -0.1988,
        'rule=derived_sum': -0.7328,
        'rule=died_of_wounds': 0.0958,
        'rule=driven_from_homes': 0.109,
        'rule=fate_unknown': 0.5752,
        'rule=inline_list': 0.534,
        'rule=kind_label': 0.0282,
        'rule=kind_modifier': -0.5903,
        'rule=list_under_header': 0.1187,
        'rule=of_the_counted': 0.005,
        'rule=partitive_of_kind': 0.5239,
        'rule=predicate': 0.2666,
        'rule=punctuated_breakdown': 0.6721,
        'rule=refugees_moved': 0.0128,
        'rule=single_victim': 0.3634,
        'rule=still_held': -0.6757,
        'rule=subset_of_total': -0.0809,
        'rule=toll_apposition': 0.0231,
        'rule=toll_clause': -0.0078,
        'rule=toll_opens_sentence': 0.0159,
        'rule=trigger_before': 0.8546,
        'rule=with_wounds': 0.0174,
        'scope=cumulative': 0.3723,
        'scope=event': -0.3842,
        'single=detained': 0.8456,
        'single=displaced': -0.8655,
        'single=injured': -0.5843,
        'single=killed': -0.1775,
        'single=missing': -0.4297,
        'size=1': -1.2114,
        'size=10-99': 0.561,
        'size=100-999': 0.1046,
        'size=1000+': 0.3662,
        'size=2-9': 0.1679,
    },
}
