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
    blind31/ar at 6d3e7b4
    blind31/en at 6d3e7b4
    blind32/ar at 6808167
    blind32/en at 27fdf73
    blind33/ar at 2069dd3
    blind33/en at 2069dd3
    blind34/ar at 07affd3
    blind34/en at 07affd3
    blind35/ar at ac9f4a6
    blind35/en at ac9f4a6
    blind36/ar at 11e61f8
    blind36/en at 11e61f8
    blind37/ar at e178111
    blind37/en at 789930b
    blind38/ar at 9397746
    blind38/en at 9397746
    blind39/ar at cf27ce3
    blind39/en at cf27ce3
    blind40/ar at a43ce5e
    blind40/en at bfc3c8d
    blind41/ar at d828475
    blind41/en at d828475
    blind42/ar at 33d9ed8
    blind42/en at bbd629e
    blind43/ar at 6ca966a
    blind43/en at 6ff2033
    blind44/ar at 4e549e4
    blind44/en at 774398e
    blind45/ar at a1aa802
    blind45/en at a1aa802
    blind46/ar at a1aa802
    blind46/en at a1aa802
    blind47/ar at 4c5a41d
    blind47/en at 4c5a41d
    blind48/ar at 4c5a41d
    blind48/en at 4c5a41d
    blind49/ar at 62ab773
    blind49/en at ef59c34
    blind50/ar at 62ab773
    blind50/en at ef59c34
    blind51/ar at 67eadd3
    blind51/en at 592df50
    blind52/ar at 67eadd3
    blind52/en at 592df50
    blind53/ar at b492849
    blind53/en at 77d59aa
    blind54/ar at b492849
    blind54/en at 77d59aa
    blind55/ar at 936c56a
    blind55/en at c222872
    blind56/ar at 936c56a
    blind56/en at c222872
    blind57/ar at bad5ec6
    blind57/en at 6b65310
    blind58/ar at bad5ec6
    blind58/en at 6b65310
    blind59/ar at 852fa00
    blind59/en at 852fa00
    blind60/ar at 225cd40
    blind60/en at 852fa00
    blind61/ar at 05cf2cb
    blind61/en at 05cf2cb
    blind62/ar at 05cf2cb
    blind62/en at 05cf2cb
    blind63/ar at cb1ae8b
    blind63/en at 2b7663b
    blind64/ar at cb1ae8b
    blind64/en at 2b7663b
    blind65/ar at 724cbac
    blind65/en at 724cbac
    blind66/ar at 98ea8fa
    blind66/en at 724cbac
    blind67/ar at d9994c7
    blind67/en at 0ab7fdd
    blind68/ar at 4eb7a96
    blind68/en at 0ab7fdd
    blind69/ar at 8ad0a82
    blind69/en at f9c31b6
    blind70/ar at b258b6d
    blind70/en at 741e574
    blind71/ar at 5109ba4
    blind71/en at 5109ba4
    blind72/ar at 5109ba4
    blind72/en at 5109ba4
    blind73/ar at 9ee54ae
    blind73/en at 9ee54ae
    blind74/ar at 9ee54ae
    blind74/en at 9ee54ae
    blind75/ar at 9147200
    blind75/en at 9147200
    blind76/ar at 9147200
    blind76/en at 9147200
    blind77/ar at ed37c7f
    blind77/en at ed37c7f
    blind78/ar at ed37c7f
    blind78/en at ed37c7f
    blind79/ar at 80dbf63
    blind79/en at 80dbf63
    blind80/ar at 80dbf63
    blind80/en at 80dbf63
    blind81/ar at 376b2e8
    blind81/en at 47a0e73
    blind82/ar at 376b2e8
    blind82/en at 47a0e73

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.940, keeps 1.000 of the right
      >= 0.50: P 0.947, keeps 1.000 of the right
      >= 0.80: P 0.953, keeps 0.978 of the right
      >= 0.85: P 0.959, keeps 0.945 of the right
      >= 0.90: P 0.967, keeps 0.883 of the right
      >= 0.93: P 0.974, keeps 0.786 of the right
      >= 0.95: P 0.977, keeps 0.671 of the right
      confidence 0.00-0.80: 349 figures, mean confidence 0.618, right 0.579
      confidence 0.80-0.90: 1039 figures, mean confidence 0.861, right 0.847
      confidence 0.90-0.95: 2090 figures, mean confidence 0.930, right 0.934
      confidence 0.95-1.00: 6340 figures, mean confidence 0.974, right 0.977
    en:
      >= 0.00: P 0.937, keeps 1.000 of the right
      >= 0.50: P 0.950, keeps 0.999 of the right
      >= 0.80: P 0.956, keeps 0.974 of the right
      >= 0.85: P 0.962, keeps 0.943 of the right
      >= 0.90: P 0.965, keeps 0.881 of the right
      >= 0.93: P 0.972, keeps 0.825 of the right
      >= 0.95: P 0.977, keeps 0.696 of the right
      confidence 0.00-0.80: 469 figures, mean confidence 0.558, right 0.533
      confidence 0.80-0.90: 995 figures, mean confidence 0.860, right 0.878
      confidence 0.90-0.95: 1897 figures, mean confidence 0.935, right 0.923
      confidence 0.95-1.00: 6722 figures, mean confidence 0.975, right 0.977
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.7672,
        'abducted': -3.1272,
        'derived': -0.076,
        'kind=detained': -1.0574,
        'kind=displaced': 1.0527,
        'kind=injured': 0.5978,
        'kind=killed': -0.134,
        'kind=missing': -0.4448,
        'no_victims': -0.7201,
        'part': 0.5678,
        'qualifier=about': -0.2297,
        'qualifier=at_least': 0.5302,
        'qualifier=exact': -0.0762,
        'qualifier=more_than': 0.0794,
        'qualifier=up_to': -0.2894,
        'revision': 1.4621,
        'rule=abducted_then_killed': 0.2687,
        'rule=among_the_kind': 0.0424,
        'rule=another_coordinated': 0.4433,
        'rule=aside_one_of_them': 0.0156,
        'rule=became_kind': 0.2334,
        'rule=became_state': 0.0144,
        'rule=case_count': 0.5388,
        'rule=case_count_of_toll': 0.0702,
        'rule=case_part_of_toll': -0.0179,
        'rule=condition_of_injured': 0.4234,
        'rule=construct_toll': 0.0118,
        'rule=coordinated': 0.5088,
        'rule=coordinated_before_verb': 0.25,
        'rule=count_before_far_verb': -0.0572,
        'rule=crossed_border': 0.0351,
        'rule=cue_before': 0.2555,
        'rule=cue_in_clause': 0.192,
        'rule=death_in_detention': 0.1124,
        'rule=definite_count_after_cue': -0.0961,
        'rule=derived_total': -0.076,
        'rule=displaced_as_victims': 0.0069,
        'rule=dual_after_cue': 0.3445,
        'rule=dual_coordinated': 0.0526,
        'rule=dual_in_group': 0.2097,
        'rule=fate_of_the_n': 0.0571,
        'rule=fate_unknown': 0.5227,
        'rule=fate_unknown_adjective': 0.0135,
        'rule=forced_to_flee': 0.0417,
        'rule=gapped_line': -0.6752,
        'rule=in_group': 0.1963,
        'rule=in_ranks_of': 0.2956,
        'rule=inline_breakdown_cell': 0.019,
        'rule=kin_after_cue': -0.404,
        'rule=kin_coordinated': -0.188,
        'rule=kin_list_after_cue': -0.9499,
        'rule=kin_list_before_verb': -0.0693,
        'rule=kin_with_number': -0.8716,
        'rule=kind_adjective': -0.3625,
        'rule=kind_dual': -0.0972,
        'rule=kind_noun': -0.879,
        'rule=list_line': 0.3539,
        'rule=list_line_label': 0.0148,
        'rule=list_line_victim': 0.0129,
        'rule=made_to_flee': 0.0871,
        'rule=named_after_cue': 0.0791,
        'rule=nationality_in_group': -0.235,
        'rule=nationality_one': 0.133,
        'rule=nationality_two': 0.0334,
        'rule=noun_and_two': 0.0477,
        'rule=noun_and_two_coordinated': -0.0614,
        'rule=noun_before_verb': -0.9488,
        'rule=noun_kind_adjective': -0.1816,
        'rule=noun_ordinal_after_cue': 0.063,
        'rule=noun_with_kin': 0.0027,
        'rule=object_after_subject': -0.4309,
        'rule=one_of_them': -0.1625,
        'rule=ordinal_after_cue': 0.0355,
        'rule=own_fate_unknown': 0.0262,
        'rule=partitive_of_kind': -0.1158,
        'rule=people_struck': 0.0522,
        'rule=person_and_kin': -0.0987,
        'rule=pronoun_cue': 0.1215,
        'rule=pronoun_cue_after': -0.0625,
        'rule=pushed_to_flee': 0.0345,
        'rule=self_and_kin_after_cue': 0.0049,
        'rule=singular_after_cue': 1.0976,
        'rule=singular_beside_in_place': -0.1059,
        'rule=singular_coordinated': -0.4788,
        'rule=singular_in_group': -0.2607,
        'rule=still_under': -0.1351,
        'rule=subset_of_figure': -0.7946,
        'rule=table_cell': 0.6918,
        'rule=toll_includes': 0.0962,
        'rule=toll_linking_verb': 0.3406,
        'rule=toll_noun_later': 0.1077,
        'rule=verb_after_noun': 0.1972,
        'rule=were_among_the_kind': 0.0213,
        'scope=cumulative': 0.2963,
        'scope=event': -0.282,
        'single=detained': 0.1744,
        'single=injured': -0.8234,
        'single=killed': 0.0231,
        'single=missing': -0.3907,
        'size=1': -1.0167,
        'size=10-99': 0.5165,
        'size=100-999': 0.128,
        'size=1000+': 0.0342,
        'size=2-9': 0.3523,
    },
    'en': {
        '_bias': 2.6356,
        'abducted': -3.8826,
        'derived': -0.3176,
        'kind=detained': -1.0562,
        'kind=displaced': 0.0829,
        'kind=injured': 0.6225,
        'kind=killed': 0.4177,
        'kind=missing': -0.118,
        'no_victims': -0.3428,
        'part': 0.9301,
        'qualifier=about': -0.3504,
        'qualifier=at_least': 0.4069,
        'qualifier=exact': -0.2575,
        'qualifier=more_than': 0.4084,
        'qualifier=up_to': -0.2586,
        'revision': 0.675,
        'rule=abducted_then_killed': 0.1603,
        'rule=among_next_total': 0.0025,
        'rule=among_the_dead': -0.2592,
        'rule=among_the_toll_again': 0.0018,
        'rule=and_of_items': 0.0079,
        'rule=bodies_found': 0.3599,
        'rule=bodies_of_people': 0.2005,
        'rule=bodies_of_them': 0.013,
        'rule=bodies_received': 0.0141,
        'rule=bodies_received_with_wounded': 0.0046,
        'rule=breakdown_of_last_total': -2.2826,
        'rule=brought_to_number_of': 0.0358,
        'rule=carried_out_by': 0.0066,
        'rule=casualties_received': -0.2084,
        'rule=casualty_noun': -0.269,
        'rule=coordination': 0.4461,
        'rule=coordination_backward': -0.5586,
        'rule=derived_sum': -0.3176,
        'rule=died_of_wounds': 0.0457,
        'rule=driven_from_homes': 0.0642,
        'rule=fate_unknown': 0.4983,
        'rule=gapped_actor_items': 0.0077,
        'rule=inline_list': 0.369,
        'rule=kind_label': 0.0289,
        'rule=kind_modifier': -0.2866,
        'rule=list_under_header': 0.4177,
        'rule=lives_claimed': 0.0033,
        'rule=lost_kin': -0.0848,
        'rule=lost_members': -0.0946,
        'rule=of_the_counted': 0.0638,
        'rule=opening_partitive': 0.0105,
        'rule=part_with_wounds': 0.0277,
        'rule=partitive_of_kind': 0.1006,
        'rule=partitive_sibling': 0.0054,
        'rule=predicate': 0.3708,
        'rule=punctuated_breakdown': 0.504,
        'rule=refugees_moved': 0.0038,
        'rule=semicolon_item': -0.0706,
        'rule=single_victim': 0.143,
        'rule=still_held': -0.4908,
        'rule=subset_of_total': 0.0884,
        'rule=toll_apposition': 0.0065,
        'rule=toll_clause': -0.1362,
        'rule=toll_opens_sentence': 0.0044,
        'rule=trigger_before': 0.9444,
        'rule=victims_involved': 0.0107,
        'rule=victims_of_killing': 0.0027,
        'rule=whose_fate_unknown': 0.019,
        'rule=with_wounds': 0.014,
        'scope=cumulative': 0.2558,
        'scope=event': -0.307,
        'single=detained': 0.2608,
        'single=displaced': -0.4234,
        'single=injured': -0.7014,
        'single=killed': -0.047,
        'single=missing': -0.3219,
        'size=1': -1.2328,
        'size=10-99': 0.3811,
        'size=100-999': 0.0913,
        'size=1000+': 0.6945,
        'size=2-9': 0.0147,
    },
}
