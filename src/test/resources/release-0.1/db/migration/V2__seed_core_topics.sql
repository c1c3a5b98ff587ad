-- The first five topics, rewritten in plain language from the guide's source article.
-- Later migrations expand them; an editor's changes live in the database and are never overwritten.

insert into source (source_key, publisher, title, published_year, url) values
('nice-ng234', 'National Institute for Health and Care Excellence (NICE)',
 'Spinal metastases and metastatic spinal cord compression (NICE guideline NG234)', 2023,
 'https://www.nice.org.uk/guidance/ng234');

insert into topic (topic_key, language, slug, title, summary, position, reviewed_on) values
('overview', 'en', 'overview', 'What is lumbar spine cancer?',
 'Lumbar spine cancer is a tumour in the bones of your lower back, or near the nerves there. It can start in the spine. More often, it has spread there from a cancer somewhere else in your body.',
 1, DATE '2026-11-25'),
('symptoms', 'en', 'symptoms', 'Symptoms',
 'Back pain that does not go away is the most common sign. Some signs mean the nerves in your back are being squeezed. Those signs need emergency care straight away.',
 3, DATE '2026-11-25'),
('diagnosis', 'en', 'diagnosis', 'Tests and diagnosis',
 'Your care team uses scans, a biopsy and blood tests to find out what is causing your symptoms. This page explains what each test is for.',
 4, DATE '2026-11-25'),
('treatment', 'en', 'treatment', 'Treatment',
 'Treatment depends on the type of tumour, where it is and your general health. It may include surgery, radiotherapy, medicines and care to ease pain.',
 5, DATE '2026-11-25'),
('prognosis', 'en', 'prognosis', 'Outlook (prognosis)',
 'Your outlook depends on many things, most of all the type of tumour. Your care team is the best place to ask about your own situation.',
 6, DATE '2026-11-25');

insert into topic_source (topic_id, source_id, position)
select t.id, s.id, 0 from topic t, source s where s.source_key = 'nice-ng234';

insert into section (topic_id, position, anchor, heading, body_markdown, kind) values
((select id from topic where topic_key = 'overview' and language = 'en'), 1, 'lower-back', 'Your lower back',
 'Your lower back is called the lumbar spine. It is made of five bones stacked on top of each other. Nerves run through a channel in the middle of these bones. They carry messages to your legs, bladder and bowel.', 'NORMAL'),
((select id from topic where topic_key = 'overview' and language = 'en'), 2, 'what-it-is', 'What lumbar spine cancer means',
 'A tumour is a lump of cells that grow when they should not. Some tumours start in the spine. Most tumours in the spine have spread there from a cancer in another part of the body. Because the nerves are close by, a tumour here can press on them.', 'NORMAL'),
((select id from topic where topic_key = 'overview' and language = 'en'), 3, 'care-team', 'Your care team is there to help',
 'Many kinds of experts work together to care for you. They include cancer doctors, spine surgeons, scan experts and teams who help with pain and comfort. Ask them anything you want to know.', 'TIP'),

((select id from topic where topic_key = 'symptoms' and language = 'en'), 1, 'common-signs', 'Common signs',
 '- Back pain that does not go away, or gets worse over time
- Pain that painkillers you usually take do not help
- Numbness, tingling or weakness in your legs
- Weight loss you cannot explain
- Feeling very tired', 'NORMAL'),
((select id from topic where topic_key = 'symptoms' and language = 'en'), 2, 'get-help-now', 'Get emergency care now if you have any of these signs',
 'Call 999 or 911, or go to the emergency department now, if you have:

- New weakness in your legs, or you find it hard to walk
- Numbness between your legs or around your bottom
- Loss of control of your bladder or bowels
- Back pain that is severe or getting worse fast, if you have cancer

Do not wait. Tell them you have cancer. Fast treatment can protect your nerves.', 'URGENT'),
((select id from topic where topic_key = 'symptoms' and language = 'en'), 3, 'why-it-happens', 'Why these signs happen',
 'A tumour can press on the nerves in your lower back. This can cause pain, numbness or weakness. Changes in your bladder or bowel can mean the pressure is serious.', 'NORMAL'),

((select id from topic where topic_key = 'diagnosis' and language = 'en'), 1, 'examination', 'Talking and examination',
 'Your doctor asks about your symptoms and checks your back. They test the strength and feeling in your legs.', 'NORMAL'),
((select id from topic where topic_key = 'diagnosis' and language = 'en'), 2, 'scans', 'Scans',
 'An MRI scan uses a strong magnet to take detailed pictures. It shows the nerves and the soft parts of your back. A CT scan uses X-rays to show the bones in detail.', 'NORMAL'),
((select id from topic where topic_key = 'diagnosis' and language = 'en'), 3, 'biopsy', 'Biopsy',
 'A biopsy takes a small piece of the tumour. A doctor looks at it under a microscope. This shows if it is cancer and what type it is. The type helps your team choose the right treatment.', 'NORMAL'),
((select id from topic where topic_key = 'diagnosis' and language = 'en'), 4, 'blood-tests', 'Blood tests',
 'Blood tests show how your body is working. They can also give clues about whether cancer has spread.', 'NORMAL'),

((select id from topic where topic_key = 'treatment' and language = 'en'), 1, 'choosing', 'How treatment is chosen',
 'Your team plans treatment with you. They think about the type of tumour, where it is and how big it is. They also think about your general health and what matters to you.', 'NORMAL'),
((select id from topic where topic_key = 'treatment' and language = 'en'), 2, 'surgery', 'Surgery',
 'Surgery can take pressure off the nerves. It can also make the spine stronger and more stable. Sometimes the surgeon can take out the tumour. If that is not possible, surgery may still ease your symptoms.', 'NORMAL'),
((select id from topic where topic_key = 'treatment' and language = 'en'), 3, 'radiotherapy', 'Radiotherapy',
 'Radiotherapy uses high-energy rays to shrink a tumour. It can ease pain. You may have it on its own or after surgery.', 'NORMAL'),
((select id from topic where topic_key = 'treatment' and language = 'en'), 4, 'medicines', 'Medicines',
 'Chemotherapy uses medicines to kill cancer cells. Some cancers can be treated with newer medicines. These include targeted therapy and immunotherapy. Whether they help depends on the type of cancer.', 'NORMAL'),
((select id from topic where topic_key = 'treatment' and language = 'en'), 5, 'comfort', 'Pain relief and comfort',
 'Treating pain and other symptoms is part of your care at every stage. Tell your team if your pain is not under control.', 'TIP'),

((select id from topic where topic_key = 'prognosis' and language = 'en'), 1, 'what-affects', 'What affects your outlook',
 'Outlook means how your illness is likely to go. It depends most on the type of tumour. It also depends on whether the cancer has spread and how well treatment works.', 'NORMAL'),
((select id from topic where topic_key = 'prognosis' and language = 'en'), 2, 'asking', 'Asking about your own outlook',
 'Only your care team knows the details of your illness. You can ask them what your outlook is. You can also choose how much you want to know.', 'NORMAL');
